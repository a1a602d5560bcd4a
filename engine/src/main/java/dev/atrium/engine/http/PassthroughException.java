package dev.atrium.engine.http;

/** Why a passthrough request got no answer from the tool; the message is for the caller and names the cause. */
public final class PassthroughException extends RuntimeException {

    /** What went wrong, so the API can answer with the matching error code. */
    public enum Reason {
        /** The request itself is not acceptable (a bad parameter, a path leaving the base URL, an unknown API). */
        INVALID,
        /** The integration already has as many passthrough requests in flight as its mapping allows. */
        BUSY,
        /** The tool's request budget or quota does not allow another request now. */
        RATE_LIMITED,
        /** The tool did not answer within the mapping's timeout. */
        TIMED_OUT,
        /** No answer for another reason: no connection, or no credentials could be obtained. */
        FAILED
    }

    private final Reason reason;

    public PassthroughException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    static PassthroughException invalid(String message) {
        return new PassthroughException(Reason.INVALID, message);
    }

    public Reason reason() {
        return reason;
    }
}
