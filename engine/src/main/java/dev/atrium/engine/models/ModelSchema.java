package dev.atrium.engine.models;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.json.JsonSchemas;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One unified sync model (jobs, candidates, ...): its properties in schema order, their defaults, the keys
 * the store indexes, and its validator.
 */
public final class ModelSchema {

    /** Properties the store sets; a mapping never writes them. */
    public static final Set<String> STORE_MANAGED = Set.of("changed_at", "remote_deleted_at");

    private final String name;
    private final String komboModel;
    private final List<String> properties;
    private final Map<String, JsonNode> defaults;
    private final List<IndexKey> indexKeys;
    private final JsonSchemas.Validator validator;

    ModelSchema(String name, String komboModel, List<String> properties, Map<String, JsonNode> defaults,
            List<IndexKey> indexKeys, JsonSchemas.Validator validator) {
        this.name = name;
        this.komboModel = komboModel;
        this.properties = List.copyOf(properties);
        this.defaults = Map.copyOf(defaults);
        this.indexKeys = List.copyOf(indexKeys);
        this.validator = validator;
    }

    public String name() {
        return name;
    }

    /** The model's name in Kombo's webhooks, e.g. ats_jobs. */
    public String komboModel() {
        return komboModel;
    }

    /** Every property in schema order, the store-managed ones included. */
    public List<String> properties() {
        return properties;
    }

    public boolean has(String property) {
        return properties.contains(property);
    }

    /** The value a missing property gets: the schema's default, or null. */
    public JsonNode defaultOf(String property) {
        JsonNode value = defaults.get(property);
        return value == null ? null : value.deepCopy();
    }

    public List<IndexKey> indexKeys() {
        return indexKeys;
    }

    public List<JsonSchemas.Problem> validate(JsonNode record) {
        return validator.validate(record);
    }
}
