package dev.atrium.sandbox.paycor.http;

import dev.atrium.sandbox.paycor.PaycorSettings;
import dev.atrium.sandbox.paycor.model.JobStatus;
import dev.atrium.sandbox.paycor.model.UserRole;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the query parameters of the ATS list endpoints the way the vendor's model binding would:
 * enum values case-insensitively, {@code include} as a repeated parameter, dates leniently. Every bad
 * value is collected under its parameter name for one 400 answer.
 */
final class QueryParams {

    static final String TOKEN = "continuationToken";
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);

    private final RoutingContext ctx;
    private final Map<String, String> errors = new LinkedHashMap<>();

    QueryParams(RoutingContext ctx) {
        this.ctx = ctx;
    }

    boolean failed() {
        return !errors.isEmpty();
    }

    Map<String, String> errors() {
        return errors;
    }

    /** The user lists asked for; {@code All} means every list. */
    Set<UserRole> include() {
        Set<UserRole> roles = EnumSet.noneOf(UserRole.class);
        for (String raw : ctx.queryParam("include")) {
            if (raw.isBlank()) {
                continue;
            }
            if (raw.trim().equalsIgnoreCase("All")) {
                roles.addAll(EnumSet.allOf(UserRole.class));
                continue;
            }
            Optional<UserRole> role = UserRole.fromInclude(raw);
            if (role.isPresent()) {
                roles.add(role.get());
            } else {
                errors.put("include", "The value '" + raw + "' is not valid.");
            }
        }
        return roles;
    }

    JobStatus status() {
        String raw = single("status");
        if (raw == null) {
            return null;
        }
        Optional<JobStatus> status = JobStatus.parse(raw);
        if (status.isEmpty()) {
            errors.put("status", "The value '" + raw + "' is not valid.");
        }
        return status.orElse(null);
    }

    Boolean postedToCareers() {
        String raw = single("postedToCareers");
        if (raw == null) {
            return null;
        }
        if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
            return Boolean.valueOf(raw.toLowerCase(Locale.ROOT));
        }
        errors.put("postedToCareers", "The value '" + raw + "' is not valid.");
        return null;
    }

    /** Start of the window; a date alone means its first instant (UTC). */
    Instant startDate(boolean rejectInvalid) {
        return date("createdOrModifiedStartDate", false, rejectInvalid);
    }

    /** End of the window, inclusive; a date alone means its whole day (UTC). */
    Instant endDate(boolean rejectInvalid) {
        return date("createdOrModifiedEndDate", true, rejectInvalid);
    }

    /** The token, under its documented name or the name the settings put in additionalResultsUrl. */
    String continuationToken(PaycorSettings settings) {
        String token = single(TOKEN);
        if (token == null && !TOKEN.equals(settings.additionalResultsUrlParam())) {
            token = single(settings.additionalResultsUrlParam());
        }
        return token;
    }

    private Instant date(String name, boolean endOfDay, boolean rejectInvalid) {
        String raw = single(name);
        if (raw == null) {
            return null;
        }
        Instant parsed = parseDate(raw, endOfDay);
        if (parsed == null && rejectInvalid) {
            errors.put(name, "The value '" + raw + "' is not a valid date.");
        }
        return parsed;
    }

    /**
     * ISO dates ({@code 2024-01-31}), date-times with Z, an offset or none (read as UTC), and the vendor's own
     * {@code MM/dd/yyyy}; null when none fits. The fact sheet only guesses the ISO forms [G].
     */
    static Instant parseDate(String raw, boolean endOfDay) {
        String text = raw.trim();
        LocalDate day = null;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                day = LocalDate.parse(text, US_DATE);
            } catch (DateTimeParseException ignored) {
                // not a date alone; try a date-time below
            }
        }
        if (day != null) {
            Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
            return endOfDay ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1) : start;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }

    private String single(String name) {
        String value = ctx.request().getParam(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
