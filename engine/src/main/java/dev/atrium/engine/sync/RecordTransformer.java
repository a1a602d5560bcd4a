package dev.atrium.engine.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.expressions.ExpressionException;
import dev.atrium.engine.ids.RecordIds;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.json.JsonSchemas;
import dev.atrium.engine.mapping.Emit;
import dev.atrium.engine.mapping.StreamSpec;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.engine.models.ModelSchema;
import dev.atrium.engine.store.QuarantinedRecord;
import dev.atrium.engine.store.UnifiedRecord;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns remote records into unified records: selects the records of a page, runs each emit's transform,
 * fills the keys a transform left out (null, or the schema default; remote_data defaults to the raw record
 * keyed by the request path), puts in the custom and integration fields the integration selected, derives the id,
 * and validates against the model schema. Whatever fails is quarantined with the reason instead of failing the
 * sync.
 */
public final class RecordTransformer {

    private final ModelCatalog models;

    public RecordTransformer(ModelCatalog models) {
        this.models = models;
    }

    /** The remote records of one page body, as the stream's {@code records} selector picks them. */
    public List<JsonNode> select(StreamSpec stream, JsonNode body, Bindings bindings) {
        JsonNode selected = stream.records().evaluate(body, bindings);
        List<JsonNode> records = new ArrayList<>();
        if (selected == null || selected.isNull()) {
            return records;
        }
        if (selected.isArray()) {
            selected.forEach(records::add);
        } else {
            records.add(selected);
        }
        return records;
    }

    /** Selects the records of one page body and transforms them: what a sync does with each page. */
    public TransformResult mapPage(StreamSpec stream, JsonNode body, Bindings bindings, String requestPath) {
        return transform(stream, select(stream, body, bindings), bindings, requestPath);
    }

    /** Runs every emit of the stream over the records. */
    public TransformResult transform(StreamSpec stream, List<JsonNode> rawRecords, Bindings bindings,
            String requestPath) {
        return transform(stream, rawRecords, bindings, requestPath, FieldSelection.NONE, null);
    }

    /**
     * Runs every emit of the stream over the records, as a sync does: the integration's selection fills custom and
     * integration fields, and the keys of the raw records behind records that carry them go to {@code rawKeys}
     * (null: nowhere).
     */
    public TransformResult transform(StreamSpec stream, List<JsonNode> rawRecords, Bindings bindings,
            String requestPath, FieldSelection selection, RawFieldKeys rawKeys) {
        List<UnifiedRecord> accepted = new ArrayList<>();
        List<QuarantinedRecord> quarantined = new ArrayList<>();
        String integrationId = bindings.context().integrationId();
        List<Emit> emits = stream.emits();
        // Looked up once per page, not per record.
        List<Set<String>> keySets = new ArrayList<>(emits.size());
        for (Emit emit : emits) {
            keySets.add(rawKeys != null && RawFieldKeys.gathered(models.get(emit.model()))
                    ? rawKeys.of(stream.name(), emit.model()) : null);
        }
        for (JsonNode raw : rawRecords) {
            for (int i = 0; i < emits.size(); i++) {
                Emit emit = emits.get(i);
                JsonNode output;
                try {
                    output = emit.transform().evaluate(raw, bindings);
                } catch (ExpressionException e) {
                    quarantined.add(new QuarantinedRecord(stream.name(), emit.model(), null, null,
                            "transform failed: " + e.getMessage(), null, raw));
                    continue;
                }
                if (output == null || output.isNull()) {
                    continue;
                }
                Set<String> keys = keySets.get(i);
                if (keys != null) {
                    RawFieldKeys.add(keys, raw);
                }
                List<JsonNode> objects = new ArrayList<>();
                if (output.isArray()) {
                    output.forEach(objects::add);
                } else {
                    objects.add(output);
                }
                for (JsonNode object : objects) {
                    accept(stream.name(), models.get(emit.model()), object, raw, integrationId, requestPath,
                            selection, accepted, quarantined);
                }
            }
        }
        return new TransformResult(accepted, quarantined);
    }

    private static void accept(String stream, ModelSchema model, JsonNode output, JsonNode raw,
            String integrationId, String requestPath, FieldSelection selection, List<UnifiedRecord> accepted,
            List<QuarantinedRecord> quarantined) {
        if (!output.isObject()) {
            quarantined.add(new QuarantinedRecord(stream, model.name(), null, null,
                    "transform gave a " + output.getNodeType().name().toLowerCase() + ", not an object", output, raw));
            return;
        }
        ObjectNode given = (ObjectNode) output;
        List<String> problems = new ArrayList<>();
        for (String managed : List.of("id", "changed_at", "remote_deleted_at")) {
            if (given.has(managed)) {
                problems.add(managed + " is set by Atrium; remove it from the transform");
            }
        }
        JsonNode remoteIdNode = given.get("remote_id");
        String remoteId = null;
        if (remoteIdNode == null || remoteIdNode.isNull()) {
            problems.add("remote_id is missing");
        } else if (remoteIdNode.isTextual() && !remoteIdNode.textValue().isBlank()) {
            remoteId = remoteIdNode.textValue();
        } else if (remoteIdNode.isIntegralNumber()
                || remoteIdNode.isNumber() && remoteIdNode.decimalValue().stripTrailingZeros().scale() <= 0) {
            // Most tools number their records; ids are text in the unified model.
            remoteId = remoteIdNode.decimalValue().toBigInteger().toString();
            given.put("remote_id", remoteId);
        } else {
            problems.add("remote_id must be a non-empty string or a whole number");
        }
        String id = remoteId == null ? null : RecordIds.of(integrationId, model.name(), remoteId);
        if (!problems.isEmpty()) {
            quarantined.add(new QuarantinedRecord(stream, model.name(), remoteId, id, String.join("; ", problems),
                    given, raw));
            return;
        }
        ObjectNode content = complete(model, given, id, raw, requestPath);
        // Before validation and hashing: a changed selection changes the record (and its changed_at).
        selection.apply(model.name(), content, raw);
        List<JsonSchemas.Problem> invalid = model.validate(content);
        if (!invalid.isEmpty()) {
            String reason = invalid.stream().map(problem -> field(problem.pointer()) + ": " + problem.message())
                    .distinct().collect(Collectors.joining("; "));
            quarantined.add(new QuarantinedRecord(stream, model.name(), remoteId, id, reason, content, raw));
            return;
        }
        accepted.add(UnifiedRecord.of(model, id, remoteId, content));
    }

    /** The full record in schema order: every property present, explicit nulls where nothing was given. */
    private static ObjectNode complete(ModelSchema model, ObjectNode given, String id, JsonNode raw,
            String requestPath) {
        ObjectNode content = Json.object();
        for (String property : model.properties()) {
            if (ModelSchema.STORE_MANAGED.contains(property)) {
                continue;
            }
            if (property.equals("id")) {
                content.put("id", id);
            } else if (given.has(property)) {
                content.set(property, given.get(property));
            } else if (property.equals("remote_data")) {
                ObjectNode remoteData = Json.object();
                remoteData.set(requestPath, raw);
                content.set(property, remoteData);
            } else {
                JsonNode fallback = model.defaultOf(property);
                content.set(property, fallback == null ? Json.MAPPER.nullNode() : fallback);
            }
        }
        // Keys the schema does not know stay, so validation names them (a typo in a mapping must show).
        for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!content.has(field.getKey())) {
                content.set(field.getKey(), field.getValue());
            }
        }
        return content;
    }

    private static String field(String pointer) {
        return pointer.isEmpty() || pointer.equals("/") ? "(record)"
                : pointer.substring(1).replace('/', '.').replace("~1", "/").replace("~0", "~");
    }
}
