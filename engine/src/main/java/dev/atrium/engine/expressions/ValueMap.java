package dev.atrium.engine.expressions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A named table from remote values to unified values (a stage name to an outcome, a status to an enum),
 * with what to do for a value the table does not know.
 */
public final class ValueMap {

    /** What an unknown value becomes. */
    public enum Unmapped {
        /** The remote value passes through unchanged: right for Kombo's open enums. */
        KEEP,
        /** Null: right for closed enums, where an unknown value must never reach a client. */
        NULL,
        /** The map's default value. */
        DEFAULT
    }

    private final String name;
    private final Map<String, JsonNode> entries;
    private final Unmapped unmapped;
    private final JsonNode defaultValue;
    private final boolean ignoreCase;

    public ValueMap(String name, Map<String, JsonNode> entries, Unmapped unmapped, JsonNode defaultValue,
            boolean ignoreCase) {
        this.name = name;
        this.unmapped = unmapped;
        this.defaultValue = defaultValue == null ? NullNode.getInstance() : defaultValue;
        this.ignoreCase = ignoreCase;
        Map<String, JsonNode> keyed = new HashMap<>();
        entries.forEach((key, value) -> keyed.put(normalize(key), value));
        this.entries = Map.copyOf(keyed);
    }

    public String name() {
        return name;
    }

    /** Looks one scalar up; null input stays null. */
    public JsonNode lookup(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return NullNode.getInstance();
        }
        JsonNode mapped = entries.get(normalize(value.asText()));
        if (mapped != null) {
            return mapped;
        }
        return switch (unmapped) {
            case KEEP -> value;
            case NULL -> NullNode.getInstance();
            case DEFAULT -> defaultValue;
        };
    }

    private String normalize(String key) {
        String trimmed = key.trim();
        return ignoreCase ? trimmed.toLowerCase(Locale.ROOT) : trimmed;
    }
}
