package dev.atrium.sandbox.paycor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Wire form of a candidate's {@code createdDate} and {@code modifiedDate} (fact sheet B6.3). */
public enum CandidateDateFormat {
    /** {@code 01/02/2024}, as the vendor's example shows [D example]. */
    US_DATE(DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT).withZone(ZoneOffset.UTC)),
    /** {@code 2024-01-02T13:45:32.000Z}, the form jobs use. */
    ISO_MILLIS(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC));

    private final DateTimeFormatter formatter;

    CandidateDateFormat(DateTimeFormatter formatter) {
        this.formatter = formatter;
    }

    public String format(Instant instant) {
        return instant == null ? null : formatter.format(instant);
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CandidateDateFormat fromWire(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
