package dev.atrium.server.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Flattens a JSON Schema of the document into the rows of a field table: one row per property, nested
 * properties named by path ({@code data.results[].stages[].id}), with a readable type and description.
 */
final class SchemaFields {

    /** Nesting deeper than this is summarised by its type; the views are never that deep. */
    private static final int MAX_DEPTH = 8;

    /**
     * One field.
     *
     * @param type     e.g. {@code string | null}, {@code array of object}, {@code "success"}
     * @param optional whether the key may be absent
     * @param values   the allowed values of a closed enum, or the usual values of an open one (then
     *                 {@code open} is true); empty otherwise
     */
    record Row(String path, String type, boolean optional, String description, List<String> values, boolean open,
            boolean deprecated) {
    }

    private final JsonNode document;
    private final List<Row> rows = new ArrayList<>();
    private final Deque<String> refs = new ArrayDeque<>();

    private SchemaFields(JsonNode document) {
        this.document = document;
    }

    /** The fields of an object schema (its properties, recursively); nothing for a scalar schema. */
    static List<Row> of(JsonNode schema, JsonNode document) {
        SchemaFields fields = new SchemaFields(document);
        fields.properties(schema, "", 0);
        return fields.rows;
    }

    /** A one-line type of a schema, as the field table shows it. */
    static String typeOf(JsonNode schema, JsonNode document) {
        return new SchemaFields(document).type(schema);
    }

    private void properties(JsonNode schema, String prefix, int depth) {
        JsonNode resolved = resolve(schema);
        Set<String> required = new HashSet<>();
        resolved.path("required").forEach(name -> required.add(name.asText()));
        resolved.path("properties").fields().forEachRemaining(property -> {
            String path = prefix + property.getKey();
            JsonNode value = resolve(property.getValue());
            rows.add(new Row(path, type(property.getValue()), !required.contains(property.getKey()),
                    description(property.getValue()), values(value), !value.has("enum") && value.has("examples"),
                    value.path("deprecated").asBoolean(false)));
            descend(property.getValue(), path, depth + 1);
        });
    }

    /** Lists the properties of an object value, or of the items of an array value. */
    private void descend(JsonNode schema, String path, int depth) {
        String ref = schema.path("$ref").asText(null);
        if (depth > MAX_DEPTH || ref != null && refs.contains(ref)) {
            return;
        }
        if (ref != null) {
            refs.push(ref);
        }
        JsonNode resolved = resolve(schema);
        if (resolved.has("properties")) {
            properties(resolved, path + ".", depth);
        } else if (resolved.has("items")) {
            JsonNode items = resolved.get("items");
            if (resolve(items).has("properties")) {
                descend(items, path + "[]", depth);
            }
        }
        if (ref != null) {
            refs.pop();
        }
    }

    private String type(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("const")) {
            return resolved.get("const").toString();
        }
        if (resolved.has("enum")) {
            boolean nullable = false;
            for (JsonNode value : resolved.get("enum")) {
                nullable |= value.isNull();
            }
            return nullable ? "enum | null" : "enum";
        }
        for (String union : List.of("oneOf", "anyOf")) {
            if (resolved.has(union)) {
                List<String> types = new ArrayList<>();
                resolved.get(union).forEach(option -> types.add(type(option)));
                return String.join(" | ", types);
            }
        }
        List<String> types = new ArrayList<>();
        JsonNode declared = resolved.path("type");
        if (declared.isArray()) {
            declared.forEach(t -> types.add(t.asText()));
        } else if (declared.isTextual()) {
            types.add(declared.asText());
        }
        if (types.isEmpty()) {
            return resolved.has("properties") ? "object" : "any";
        }
        List<String> shown = new ArrayList<>();
        for (String type : types) {
            if (type.equals("array")) {
                shown.add(resolved.has("items") ? "array of " + type(resolved.get("items")) : "array");
            } else if (type.equals("string") && resolved.has("format")) {
                shown.add("string (" + resolved.get("format").asText() + ")");
            } else {
                shown.add(type);
            }
        }
        return String.join(" | ", shown);
    }

    /** The field's own description, else the one of the schema it refers to. */
    private String description(JsonNode schema) {
        if (schema.hasNonNull("description")) {
            return schema.get("description").asText();
        }
        return resolve(schema).path("description").asText("");
    }

    private static List<String> values(JsonNode schema) {
        List<String> values = new ArrayList<>();
        JsonNode source = schema.has("enum") ? schema.get("enum") : schema.path("examples");
        source.forEach(value -> {
            if (!value.isNull()) {
                values.add(value.asText());
            }
        });
        return values;
    }

    /** Follows {@code $ref}s to the schema they name; the referring schema's own keywords win. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 16 && current.has("$ref"); hops++) {
            JsonNode target = document.at(current.get("$ref").asText().substring(1));
            if (target.isMissingNode()) {
                return current;
            }
            ObjectNode merged = target.deepCopy();
            current.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("$ref")) {
                    merged.set(field.getKey(), field.getValue());
                }
            });
            current = merged;
        }
        return current;
    }
}
