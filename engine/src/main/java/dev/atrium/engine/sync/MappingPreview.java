package dev.atrium.engine.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.mapping.StreamSpec;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.engine.store.QuarantinedRecord;
import dev.atrium.engine.store.UnifiedRecord;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a stream makes of one response body, exactly as a sync would (same selector, transforms, ids and
 * validation), without HTTP or a store: for {@code atrium map} and the golden mapping cases.
 */
public final class MappingPreview {

    private final RecordTransformer transformer;

    public MappingPreview(ModelCatalog models) {
        this.transformer = new RecordTransformer(models);
    }

    /**
     * @param parents fan-out parent records by variable name (e.g. position), as the stream's for_each binds them
     * @return {@code {"records": {model: [records]}, "quarantined": [{stream, model, remote_id, reason}]}}; for a
     *         stream that makes no records (it only feeds fan-outs), also {@code "selected"}: the remote records
     *         its selector picks, which its child streams run over
     */
    public ObjectNode map(Mapping mapping, StreamSpec stream, JsonNode body, Map<String, JsonNode> parents,
            Map<String, String> connection, String integrationId) {
        Bindings bindings = StreamBindings.forTransforms(mapping, integrationId, connection);
        for (Map.Entry<String, JsonNode> parent : parents.entrySet()) {
            bindings = bindings.with(parent.getKey(), parent.getValue());
        }
        String path = stream.request().path().render(bindings);
        TransformResult result = transformer.mapPage(stream, body, bindings,
                path == null ? stream.request().path().source() : path);
        ObjectNode output = Json.object();
        if (stream.emits().isEmpty()) {
            ArrayNode selected = output.putArray("selected");
            transformer.select(stream, body, bindings).forEach(selected::add);
        }
        // Like the store: one record per model and id, the last one made wins (a stage many applicants are in).
        Map<String, Map<String, ObjectNode>> byModel = new LinkedHashMap<>();
        for (UnifiedRecord record : result.records()) {
            byModel.computeIfAbsent(record.model(), model -> new LinkedHashMap<>()).put(record.id(), record.content());
        }
        ObjectNode records = output.putObject("records");
        byModel.forEach((model, list) -> {
            ArrayNode array = records.putArray(model);
            list.values().forEach(array::add);
        });
        ArrayNode quarantined = output.putArray("quarantined");
        for (QuarantinedRecord record : result.quarantined()) {
            quarantined.addObject().put("stream", record.stream()).put("model", record.model())
                    .put("remote_id", record.remoteId()).put("reason", record.reason());
        }
        return output;
    }
}
