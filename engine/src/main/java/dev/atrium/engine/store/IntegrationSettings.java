package dev.atrium.engine.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What an integration's operator chose about what its syncs read, kept as JSON with the integration.
 * <ul>
 *   <li>{@code sync_only_created_applications} (default true, as in Kombo): candidates and applications are
 *   synced only when they were created through Atrium or imported as tracked applications;</li>
 *   <li>{@code candidate_cutoff_date} (YYYY-MM-DD) and {@code candidate_cutoff_days} (a rolling window): only
 *   candidates and applications updated since then, where the tool's mapping can ask for that. When both are set
 *   the later bound wins. A cutoff needs the first setting off: the two choose records in contradictory ways.</li>
 * </ul>
 */
public record IntegrationSettings(boolean syncOnlyCreatedApplications, LocalDate cutoffDate, Integer cutoffDays) {

    public static final String SYNC_ONLY_CREATED_APPLICATIONS = "sync_only_created_applications";
    public static final String CANDIDATE_CUTOFF_DATE = "candidate_cutoff_date";
    public static final String CANDIDATE_CUTOFF_DAYS = "candidate_cutoff_days";
    /** Every setting, in the order they are documented. */
    public static final List<String> NAMES = List.of(SYNC_ONLY_CREATED_APPLICATIONS, CANDIDATE_CUTOFF_DATE,
            CANDIDATE_CUTOFF_DAYS);
    /** A rolling window longer than this is surely a mistake (ten years). */
    private static final int MAX_DAYS = 3650;

    /** A setting's value is not one it may take; the message names the setting. */
    public static final class InvalidSetting extends IllegalArgumentException {
        InvalidSetting(String message) {
            super(message);
        }
    }

    /** The settings of a stored integration; unknown or malformed values fall back to the defaults. */
    public static IntegrationSettings of(ObjectNode json) {
        try {
            return parse(json == null ? Json.object() : json);
        } catch (InvalidSetting e) {
            // Stored settings were checked when written; a hand-edited store must not stop every sync.
            return new IntegrationSettings(true, null, null);
        }
    }

    /**
     * Applies a change (null values remove a setting, returning it to its default) to stored settings and checks
     * the result.
     *
     * @throws InvalidSetting naming the first setting that is unknown or has a wrong value
     */
    public static ObjectNode merged(ObjectNode stored, ObjectNode change) {
        ObjectNode result = stored == null ? Json.object() : stored.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = change.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!NAMES.contains(entry.getKey())) {
                throw new InvalidSetting("unknown setting '" + entry.getKey() + "'; settings: " + String.join(", ",
                        NAMES));
            }
            if (entry.getValue() == null || entry.getValue().isNull()) {
                result.remove(entry.getKey());
            } else {
                result.set(entry.getKey(), entry.getValue());
            }
        }
        parse(result);
        return result;
    }

    /** The earliest update a candidate or application may have to be synced, or null for no cutoff. */
    public Instant cutoff(Instant now) {
        Instant byDate = cutoffDate == null ? null : cutoffDate.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant byWindow = cutoffDays == null ? null : now.minus(Duration.ofDays(cutoffDays));
        if (byDate == null || byWindow == null) {
            return byDate != null ? byDate : byWindow;
        }
        return byDate.isAfter(byWindow) ? byDate : byWindow;
    }

    /** Every setting with its value, defaults included. */
    public ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put(SYNC_ONLY_CREATED_APPLICATIONS, syncOnlyCreatedApplications);
        json.put(CANDIDATE_CUTOFF_DATE, cutoffDate == null ? null : cutoffDate.toString());
        json.put(CANDIDATE_CUTOFF_DAYS, cutoffDays);
        return json;
    }

    /** Settings that read every application and candidate (the demo's and most tests'). */
    public static ObjectNode readingAll() {
        ObjectNode json = Json.object();
        json.put(SYNC_ONLY_CREATED_APPLICATIONS, false);
        return json;
    }

    /** Whether a cutoff is set. */
    public boolean hasCutoff() {
        return cutoffDate != null || cutoffDays != null;
    }

    private static IntegrationSettings parse(ObjectNode json) {
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!NAMES.contains(name)) {
                throw new InvalidSetting("unknown setting '" + name + "'; settings: " + String.join(", ", NAMES));
            }
        }
        JsonNode only = json.get(SYNC_ONLY_CREATED_APPLICATIONS);
        if (only != null && !only.isBoolean()) {
            throw new InvalidSetting(SYNC_ONLY_CREATED_APPLICATIONS + " must be true or false");
        }
        LocalDate date = null;
        JsonNode dateNode = json.get(CANDIDATE_CUTOFF_DATE);
        if (dateNode != null) {
            try {
                date = dateNode.isTextual() ? LocalDate.parse(dateNode.textValue()) : null;
            } catch (DateTimeParseException e) {
                date = null;
            }
            if (date == null) {
                throw new InvalidSetting(CANDIDATE_CUTOFF_DATE + " must be a date as YYYY-MM-DD");
            }
        }
        Integer days = null;
        JsonNode daysNode = json.get(CANDIDATE_CUTOFF_DAYS);
        if (daysNode != null) {
            if (!daysNode.canConvertToInt() || !daysNode.isIntegralNumber() || daysNode.intValue() < 1
                    || daysNode.intValue() > MAX_DAYS) {
                throw new InvalidSetting(CANDIDATE_CUTOFF_DAYS + " must be a whole number of days from 1 to " + MAX_DAYS);
            }
            days = daysNode.intValue();
        }
        boolean syncOnlyCreated = only == null || only.booleanValue();
        if (syncOnlyCreated && (date != null || days != null)) {
            throw new InvalidSetting("a candidate cutoff needs " + SYNC_ONLY_CREATED_APPLICATIONS + " set to false:"
                    + " tracked applications are synced whatever their date");
        }
        return new IntegrationSettings(syncOnlyCreated, date, days);
    }
}
