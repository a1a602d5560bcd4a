package dev.atrium.engine.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.engine.store.IntegrationField;
import dev.atrium.engine.store.IntegrationFieldStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an integration selected of its raw fields, by sync model: custom fields filled from integration fields,
 * and integration fields passed through. Read once when a sync starts and shared, read-only, by its transform
 * threads; records of a model nothing is selected for are left as their transform made them.
 */
public final class FieldSelection {

    /** Nothing selected. */
    public static final FieldSelection NONE = new FieldSelection(Map.of());

    /** A custom field key and the raw key it is filled from. */
    private record CustomFieldSource(String customFieldKey, String rawKey) {
    }

    /** The selection for one sync model. */
    private record ModelFields(List<CustomFieldSource> customFields, List<IntegrationField> passthrough) {
    }

    private final Map<String, ModelFields> byModel;

    private FieldSelection(Map<String, ModelFields> byModel) {
        this.byModel = Map.copyOf(byModel);
    }

    /** The selection as stored (by Kombo model) keyed by the sync models of the catalog. */
    public static FieldSelection of(IntegrationFieldStore.Selection stored, ModelCatalog models) {
        Map<String, String> syncModels = new HashMap<>();
        for (String name : models.names()) {
            String kombo = models.get(name).komboModel();
            if (kombo != null) {
                syncModels.put(kombo, name);
            }
        }
        Map<String, List<CustomFieldSource>> customFields = new HashMap<>();
        for (IntegrationFieldStore.CustomFieldSource source : stored.customFields()) {
            String model = syncModels.get(source.source().model());
            if (model != null) {
                customFields.computeIfAbsent(model, m -> new ArrayList<>())
                        .add(new CustomFieldSource(source.customFieldKey(), source.source().key()));
            }
        }
        Map<String, List<IntegrationField>> passthrough = new HashMap<>();
        for (IntegrationField field : stored.passthrough()) {
            String model = syncModels.get(field.model());
            if (model != null) {
                passthrough.computeIfAbsent(model, m -> new ArrayList<>()).add(field);
            }
        }
        Map<String, ModelFields> byModel = new HashMap<>();
        for (String model : syncModels.values()) {
            List<CustomFieldSource> mapped = customFields.getOrDefault(model, List.of());
            List<IntegrationField> passed = passthrough.getOrDefault(model, List.of());
            if (!mapped.isEmpty() || !passed.isEmpty()) {
                byModel.put(model, new ModelFields(List.copyOf(mapped), List.copyOf(passed)));
            }
        }
        return byModel.isEmpty() ? NONE : new FieldSelection(byModel);
    }

    public boolean isEmpty() {
        return byModel.isEmpty();
    }

    /**
     * Puts the selected values of a raw record into the unified record made of it: each mapped custom field with
     * the raw value of its integration field (null when the raw record lacks it) over what the transform put in
     * custom_fields, and integration_fields with every passed-through field.
     */
    void apply(String model, ObjectNode record, JsonNode raw) {
        ModelFields fields = byModel.get(model);
        if (fields == null) {
            return;
        }
        if (!fields.customFields().isEmpty()) {
            ObjectNode customFields = JsonNodeFactory.instance.objectNode();
            JsonNode given = record.get("custom_fields");
            if (given != null && given.isObject()) {
                // A new object: the transform's may be a node of the raw record, which must stay as it came.
                customFields.setAll((ObjectNode) given);
            }
            for (CustomFieldSource source : fields.customFields()) {
                customFields.set(source.customFieldKey(), valueOf(raw, source.rawKey()));
            }
            record.set("custom_fields", customFields);
        }
        if (!fields.passthrough().isEmpty()) {
            ArrayNode integrationFields = JsonNodeFactory.instance.arrayNode();
            for (IntegrationField field : fields.passthrough()) {
                ObjectNode item = integrationFields.addObject();
                item.put("id", field.id());
                item.put("key", field.key());
                item.put("type", field.type());
                item.set("value", valueOf(raw, field.key()));
                item.put("label", field.label());
            }
            record.set("integration_fields", integrationFields);
        }
    }

    private static JsonNode valueOf(JsonNode raw, String key) {
        JsonNode value = raw == null ? null : raw.get(key);
        return value == null ? JsonNodeFactory.instance.nullNode() : value;
    }
}
