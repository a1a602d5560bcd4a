package dev.atrium.sandbox.icims.store;

/**
 * What a write did: the id it created or touched, or the HTTP status, iCIMS error code and message it was
 * refused with (fact sheet A5).
 */
public record WriteOutcome(long id, int status, int errorCode, String message) {

    public static WriteOutcome done(long id) {
        return new WriteOutcome(id, 0, 0, null);
    }

    public static WriteOutcome refused(int status, int errorCode, String message) {
        return new WriteOutcome(-1, status, errorCode, message);
    }

    public boolean isDone() {
        return status == 0;
    }
}
