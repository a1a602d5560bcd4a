package dev.atrium.sandbox.sagehr.model;

import java.util.Locale;
import java.util.Optional;

/** Machine status of a recruitment position, with the display label Sage HR shows as {@code visibility}. */
public enum PositionStatus {
    DRAFT("Draft"),
    PUBLISHED("Published"),
    INTERNAL("Internal"),
    COMPLETED("Completed"),
    CANCELLED("Cancelled");

    private final String visibility;

    PositionStatus(String visibility) {
        this.visibility = visibility;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String visibility() {
        return visibility;
    }

    /** Completed and cancelled positions take no new applicants. */
    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED;
    }

    /** Open positions are the ones candidates can currently apply to. */
    public boolean isOpen() {
        return this == PUBLISHED || this == INTERNAL;
    }

    public static Optional<PositionStatus> fromWire(String value) {
        for (PositionStatus s : values()) {
            if (s.wire().equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
