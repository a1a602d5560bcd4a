package dev.atrium.engine.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.json.JsonSchemas;
import dev.atrium.engine.loading.ClasspathDirectory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The unified sync models, read from the schemas under {@code schemas/ats/models/} on the classpath. */
public final class ModelCatalog {

    private static final String FOLDER = "schemas/ats/models";

    private final Map<String, ModelSchema> models;

    private ModelCatalog(Map<String, ModelSchema> models) {
        this.models = Map.copyOf(models);
    }

    /** Loads every model schema; a broken schema is a build error, so this throws. */
    public static ModelCatalog load() {
        Map<String, ModelSchema> models = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : ClasspathDirectory.read(FOLDER, ".json").entrySet()) {
            String name = file.getKey().substring(0, file.getKey().length() - ".json".length());
            models.put(name, read(name, file.getValue()));
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("no model schemas found under " + FOLDER);
        }
        return new ModelCatalog(models);
    }

    public Set<String> names() {
        return models.keySet();
    }

    public boolean has(String model) {
        return models.containsKey(model);
    }

    public ModelSchema get(String model) {
        ModelSchema schema = models.get(model);
        if (schema == null) {
            throw new IllegalArgumentException("unknown model " + model);
        }
        return schema;
    }

    private static ModelSchema read(String name, String text) {
        JsonNode schema;
        try {
            schema = Json.parse(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("model schema " + name + " is not JSON: " + e.getOriginalMessage(), e);
        }
        List<String> properties = new ArrayList<>();
        Map<String, JsonNode> defaults = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            properties.add(property.getKey());
            if (property.getValue().has("default")) {
                defaults.put(property.getKey(), property.getValue().get("default"));
            }
        }
        JsonNode extension = schema.path("x-atrium");
        List<IndexKey> keys = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = extension.path("index").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> key = it.next();
            keys.add(new IndexKey(key.getKey(), key.getValue().path("path").asText(key.getKey()),
                    key.getValue().path("lowercase").asBoolean(false)));
        }
        JsonSchemas.Validator validator = JsonSchemas.load(FOLDER + "/" + name + ".json");
        return new ModelSchema(name, extension.path("kombo_model").asText(null), properties, defaults, keys, validator);
    }
}
