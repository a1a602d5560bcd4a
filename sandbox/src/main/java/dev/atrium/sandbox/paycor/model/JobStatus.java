package dev.atrium.sandbox.paycor.model;

import java.util.Locale;
import java.util.Optional;

/** The documented job status vocabulary (fact sheet B6.2); the wire value is the constant's name. */
public enum JobStatus {
    ACTIVE, ACTIVATING, APPROVING, CLOSED, DENIED, DRAFT, FILLED, REVIEWING;

    /** Jobs that were live at some point and so may carry candidates. */
    public boolean wasActivated() {
        return this == ACTIVE || this == CLOSED || this == FILLED;
    }

    /** No longer recruiting. */
    public boolean isClosed() {
        return this == CLOSED || this == FILLED || this == DENIED;
    }

    /** Case-insensitive, like the vendor's enum binding. */
    public static Optional<JobStatus> parse(String raw) {
        try {
            return Optional.of(valueOf(raw.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
