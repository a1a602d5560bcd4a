package dev.atrium.sandbox.support.faults;

/** What the fault layer does to one request. */
public enum Fault {
    /** Served by the simulator as usual. */
    NONE,
    /** Never answered. */
    TIMEOUT,
    /** 429 with Retry-After, as part of a burst. */
    RATE_LIMITED,
    /** An error status from the spec's {@code errors}. */
    ERROR,
    /** Served, but its JSON body carries a syntax error. */
    MALFORMED_JSON,
    /** Served, but the connection closes partway through the body. */
    TRUNCATED
}
