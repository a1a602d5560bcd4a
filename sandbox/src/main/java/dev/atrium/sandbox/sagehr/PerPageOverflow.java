package dev.atrium.sandbox.sagehr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a recruitment list does with a {@code per_page} above the maximum (undocumented, fact sheet 4.1). */
public enum PerPageOverflow {
    /** Serve the maximum page size instead. */
    CLAMP,
    /** Answer 422 validation_failed. */
    REJECT;

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @JsonCreator
    public static PerPageOverflow fromWire(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
