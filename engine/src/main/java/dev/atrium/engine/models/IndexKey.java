package dev.atrium.engine.models;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A field of a model the store indexes, declared in the model schema's {@code x-atrium.index}. The path is
 * dot-separated property names; {@code name[]} stands for every element of that array.
 */
public record IndexKey(String name, String path, boolean lowercase) {

    /** The indexed values of one record: none when the field is null or missing, several for arrays. */
    public List<String> valuesOf(JsonNode record) {
        List<JsonNode> current = List.of(record);
        for (String segment : path.split("\\.")) {
            boolean each = segment.endsWith("[]");
            String property = each ? segment.substring(0, segment.length() - 2) : segment;
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                JsonNode child = node.get(property);
                if (child == null || child.isNull()) {
                    continue;
                }
                if (each && child.isArray()) {
                    child.forEach(next::add);
                } else {
                    next.add(child);
                }
            }
            current = next;
        }
        List<String> values = new ArrayList<>();
        for (JsonNode node : current) {
            if (node.isValueNode() && !node.isNull()) {
                String text = node.asText();
                values.add(lowercase ? text.toLowerCase(Locale.ROOT) : text);
            }
        }
        return values;
    }
}
