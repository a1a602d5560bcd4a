package dev.atrium.sandbox.sagehr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Wire form of Sage HR timestamps. The documented example went through a YAML conversion, so
 * which of these the live API sends is uncertain (fact sheet 2.4).
 */
public enum TimestampFormat {
    /** {@code 2020-10-15 10:58:57+00:00}, as the documentation shows it. */
    SPACE_OFFSET("space_offset", "yyyy-MM-dd HH:mm:ssxxx"),
    /** {@code 2020-10-15T10:58:57+00:00}. */
    ISO_OFFSET("iso_offset", "yyyy-MM-dd'T'HH:mm:ssxxx"),
    /** {@code 2020-10-15T10:58:57.000Z}. */
    ISO_MILLIS_UTC("iso_millis_utc", "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    private final String wire;
    private final DateTimeFormatter formatter;

    TimestampFormat(String wire, String pattern) {
        this.wire = wire;
        this.formatter = DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC);
    }

    public String format(Instant instant) {
        return formatter.format(instant);
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static TimestampFormat fromWire(String value) {
        for (TimestampFormat f : values()) {
            if (f.wire.equalsIgnoreCase(value) || f.name().equalsIgnoreCase(value)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown timestamp_format: " + value);
    }
}
