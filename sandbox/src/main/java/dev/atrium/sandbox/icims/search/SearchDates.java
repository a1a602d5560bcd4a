package dev.atrium.sandbox.icims.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** The iCIMS date-time format, {@code yyyy-MM-dd hh:mm a} in UTC, both ways (fact sheet A4, A6). */
public final class SearchDates {

    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd hh:mm a", Locale.US);

    private SearchDates() {
    }

    public static String format(Instant t) {
        return DATE_TIME.format(t.atZone(ZoneOffset.UTC));
    }

    /** A filter date, with or without a time (midnight then); empty when it cannot be read. */
    public static Optional<Instant> parse(String text) {
        String s = text.trim();
        try {
            return Optional.of(LocalDateTime.parse(s.toUpperCase(Locale.ROOT), DATE_TIME).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }
}
