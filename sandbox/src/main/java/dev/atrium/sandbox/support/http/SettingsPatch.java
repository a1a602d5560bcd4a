package dev.atrium.sandbox.support.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A partial update of a settings record from JSON, as {@code PUT /settings} takes it: fields left out keep
 * their current value, nested objects (such as {@code counts}) merge field by field, and unknown fields are
 * refused. The record's own constructor validates the result.
 */
public final class SettingsPatch {

    private SettingsPatch() {
    }

    /**
     * The settings after applying {@code json} to {@code current}.
     *
     * @throws JsonProcessingException  when the JSON is malformed or a value has the wrong type
     * @throws IllegalArgumentException when the body is not an object, names an unknown field, or the
     *                                  merged settings are invalid
     */
    public static <S> S apply(ObjectMapper mapper, S current, Class<S> type, String json) throws JsonProcessingException {
        JsonNode patch = mapper.readTree(json == null ? "{}" : json);
        if (patch == null || !patch.isObject()) {
            throw new IllegalArgumentException("settings must be a JSON object");
        }
        ObjectNode merged = mapper.valueToTree(current);
        merge(merged, (ObjectNode) patch);
        return mapper.treeToValue(merged, type);
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            JsonNode current = target.get(field.getKey());
            if (current == null) {
                throw new IllegalArgumentException("unknown setting: " + field.getKey());
            }
            if (current instanceof ObjectNode currentObject && field.getValue() instanceof ObjectNode patchObject) {
                merge(currentObject, patchObject);
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }
}
