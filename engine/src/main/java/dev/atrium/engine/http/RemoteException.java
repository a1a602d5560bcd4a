package dev.atrium.engine.http;

/**
 * A read from a tool failed for good (after any retries). The message names the request path and what went
 * wrong; it never contains credentials or query values.
 */
public class RemoteException extends RuntimeException {

    /** What kind of failure it was, so callers can report it in their own terms. */
    public enum Kind {
        /** The tool answered with an error status we do not retry (or retried too often). */
        STATUS,
        /** The tool kept limiting our rate beyond what we are willing to wait. */
        RATE_LIMITED,
        /** No answer: timeouts or connection failures after every attempt. */
        UNAVAILABLE,
        /** The answer was not the JSON we expected. */
        MALFORMED,
        /** Paging went wrong: a page repeated, or the pages never ended. */
        PAGINATION,
        /** Credentials were refused, or no token could be obtained. */
        AUTHENTICATION
    }

    private final Kind kind;
    private final int status;
    private final String detail;

    public RemoteException(Kind kind, int status, String message, String detail, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.detail = detail;
    }

    public RemoteException(Kind kind, int status, String message) {
        this(kind, status, message, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** Whether no answer came because the request timed out (rather than because no connection was made). */
    public boolean timedOut() {
        for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * An excerpt of the remote answer, for the sync history only: it can contain personal data, so it is
     * stored for operators and never logged.
     */
    public String detail() {
        return detail;
    }
}
