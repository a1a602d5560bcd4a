package dev.atrium.server.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.store.StoredRecord;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each stage sits in each job's pipeline: stages are job-specific, so the index of an application's
 * current stage comes from the link between its job and that stage.
 */
final class StageIndexes {

    private final Map<String, JsonNode> indexes;

    private StageIndexes(Map<String, JsonNode> indexes) {
        this.indexes = indexes;
    }

    static StageIndexes of(ViewReader reader, Collection<String> jobIds) {
        Map<String, JsonNode> indexes = new HashMap<>();
        for (List<StoredRecord> links : reader.groupedByKey("job_application_stages", "job_id", jobIds).values()) {
            for (StoredRecord link : links) {
                indexes.put(key(link.content().path("job_id").asText(), link.content().path("stage_id").asText()),
                        link.content().get("index"));
            }
        }
        return new StageIndexes(indexes);
    }

    /** The {id, remote_id, name, index} shape of a stage as seen in the given job. */
    ObjectNode stage(StoredRecord stage, String jobId) {
        ObjectNode item = Projection.pick(stage.content(), "id", "remote_id", "name");
        JsonNode index = jobId == null ? null : indexes.get(key(jobId, stage.id()));
        item.set("index", index == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : index);
        return item;
    }

    private static String key(String jobId, String stageId) {
        return jobId + "/" + stageId;
    }
}
