package dev.atrium.sandbox.phenom.model;

/** The category of a workflow status ({@code statusType}); the values are not captured, these are [G]. */
public enum StatusType {
    NEW, IN_PROGRESS, HIRED, REJECTED, WITHDRAWN;

    /** Whether an application in a status of this type is decided. */
    public boolean isFinal() {
        return this == HIRED || this == REJECTED || this == WITHDRAWN;
    }
}
