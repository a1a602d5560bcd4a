package dev.atrium.sandbox.support.faults;

/**
 * The fault one request gets and how long it waits before it.
 *
 * @param fault     what happens to the request
 * @param status    the status answered for {@link Fault#ERROR} and {@link Fault#RATE_LIMITED}, else 0
 * @param latencyMs delay before the answer
 */
public record FaultDecision(Fault fault, int status, int latencyMs) {

    static final FaultDecision UNTOUCHED = new FaultDecision(Fault.NONE, 0, 0);
}
