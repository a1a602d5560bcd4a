package dev.atrium.engine.expressions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the many date forms vendors send and writes the one form Atrium serves: ISO-8601 in UTC with
 * milliseconds, e.g. 2022-08-07T14:01:29.196Z.
 */
public final class Timestamps {

    private static final DateTimeFormatter OUTPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** ISO date and time with either `T` or a space between them, optional fraction and optional offset. */
    private static final DateTimeFormatter FLEXIBLE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    /** Formatters by mapping pattern: building one parses the pattern, which a sync would do per record. */
    private static final Map<String, DateTimeFormatter> PATTERNS = new ConcurrentHashMap<>();

    private Timestamps() {
    }

    /** The formatter of a pattern, cached (a mapping has a handful; a pattern computed per record is not kept). */
    static DateTimeFormatter formatter(String pattern) {
        DateTimeFormatter cached = PATTERNS.get(pattern);
        if (cached != null) {
            return cached;
        }
        DateTimeFormatter built = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        if (PATTERNS.size() < 256) {
            PATTERNS.put(pattern, built);
        }
        return built;
    }

    public static String format(Instant instant) {
        return OUTPUT.format(instant);
    }

    public static String formatMillis(long epochMillis) {
        return format(Instant.ofEpochMilli(epochMillis));
    }

    /** Parses a timestamp Atrium wrote (or any ISO-8601 instant); used for API query parameters too. */
    public static Instant parseIso(String text) {
        return parse(text, null, ZoneOffset.UTC);
    }

    /**
     * Parses text in any of the accepted forms: ISO or space-separated date-time with or without offset,
     * a date alone (midnight), or, when a pattern is given, exactly that java.time pattern. Date-times
     * without an offset are read in the given zone.
     */
    public static Instant parse(String text, String pattern, ZoneId zone) {
        String value = text.trim();
        try {
            if (pattern != null) {
                return toInstant(formatter(pattern).parse(value), zone);
            }
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(zone).toInstant();
            }
            return toInstant(FLEXIBLE.parse(value), zone);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("cannot read '" + text + "' as a date"
                    + (pattern == null ? "" : " with pattern '" + pattern + "'"), e);
        }
    }

    /** Epoch numbers: values above 10^11 are taken as milliseconds, smaller ones as seconds. */
    public static Instant fromEpoch(BigDecimal number) {
        if (number.abs().compareTo(BigDecimal.valueOf(100_000_000_000L)) >= 0) {
            return Instant.ofEpochMilli(number.longValue());
        }
        return Instant.ofEpochMilli(number.movePointRight(3).longValue());
    }

    private static Instant toInstant(TemporalAccessor parsed, ZoneId zone) {
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            if (parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
                return OffsetDateTime.from(parsed).toInstant();
            }
            return LocalDate.from(parsed).atStartOfDay(ZoneOffset.from(parsed)).toInstant();
        }
        if (parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
            return ZonedDateTime.of(LocalDateTime.from(parsed), zone).toInstant();
        }
        return LocalDate.from(parsed).atStartOfDay(zone).toInstant();
    }
}
