package dev.atrium.sandbox.sagehr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether stage ids belong to one position's pipeline or are shared by every position. */
public enum StageScope {
    /** Each position has its own stage records (ids differ between positions for the same title). */
    PER_POSITION,
    /** One company-wide set of stages: a title has the same id in every position. */
    SHARED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @JsonCreator
    public static StageScope fromWire(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
