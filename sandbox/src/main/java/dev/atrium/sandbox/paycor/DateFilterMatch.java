package dev.atrium.sandbox.paycor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which timestamps {@code createdOrModifiedStartDate/EndDate} test; the vendor does not say [G]. */
public enum DateFilterMatch {
    /** The window must contain the modified time (never before the created time). */
    MODIFIED,
    /** The window must contain the created time or the modified time. */
    CREATED_OR_MODIFIED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static DateFilterMatch fromWire(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
