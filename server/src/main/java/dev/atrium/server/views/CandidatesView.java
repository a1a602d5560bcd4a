package dev.atrium.server.views;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.expressions.Timestamps;
import dev.atrium.engine.store.RecordQuery;
import dev.atrium.engine.store.StoredRecord;
import java.util.ArrayList;
import java.util.Set;
import java.util.List;
import java.util.Map;

/** GET /v1/ats/candidates: candidates with their applications (each with stage and job) and tags. */
public final class CandidatesView implements ListView {

    @Override
    public String endpoint() {
        return "candidates";
    }

    @Override
    public String model() {
        return "candidates";
    }

    @Override
    public List<RecordQuery.Related> relatedChanges() {
        return List.of(new RecordQuery.Referencing("applications", "candidate_id"),
                new RecordQuery.Referencing("candidate_tags", "candidate_id"));
    }

    @Override
    public List<ListFilter> filters() {
        return List.of(ListFilter.keyEqualsIgnoringCase("email", "candidates", "email_addresses", "email"),
                new ListFilter("job_ids", ListFilter.Form.IDS, Set.of(), "applications", "job_id",
                        values -> new RecordQuery.Linked(null, "applications", "candidate_id", "job_id", values)),
                ListFilter.keyEqualsIgnoringCase("first_name", "candidates", "first_name", "first_name"),
                ListFilter.keyEqualsIgnoringCase("last_name", "candidates", "last_name", "last_name"));
    }

    @Override
    public List<ObjectNode> assemble(ViewReader reader, List<StoredRecord> page) {
        List<String> candidateIds = page.stream().map(StoredRecord::id).toList();
        Map<String, List<StoredRecord>> applications = reader.groupedByKey("applications", "candidate_id", candidateIds);
        Map<String, StoredRecord> stages = reader.byIds("application_stages",
                ViewReader.field(applications, "current_stage_id"));
        List<String> jobIds = ViewReader.field(applications, "job_id");
        Map<String, StoredRecord> jobs = reader.byIds("jobs", jobIds);
        StageIndexes indexes = StageIndexes.of(reader, jobIds);
        Map<String, List<StoredRecord>> tagLinks = reader.groupedByKey("candidate_tags", "candidate_id", candidateIds);
        Map<String, StoredRecord> tags = reader.byIds("tags", ViewReader.field(tagLinks, "tag_id"));

        List<ObjectNode> items = new ArrayList<>();
        for (StoredRecord candidate : page) {
            ObjectNode item = ViewReader.withTimes(candidate);
            item.set("email_addresses", Projection.emailAddresses(candidate.content().get("email_addresses")));
            ArrayNode applicationItems = item.putArray("applications");
            for (StoredRecord application : applications.getOrDefault(candidate.id(), List.of())) {
                ObjectNode applicationItem = Projection.pick(application.content(), "id", "remote_id", "outcome",
                        "rejection_reason_name", "rejected_at", "remote_url");
                applicationItem.put("changed_at", Timestamps.formatMillis(application.changedAt()));
                applicationItem.set("remote_created_at", application.content().get("remote_created_at"));
                applicationItem.set("remote_updated_at", application.content().get("remote_updated_at"));
                String jobId = application.content().path("job_id").asText(null);
                StoredRecord stage = stages.get(application.content().path("current_stage_id").asText(null));
                applicationItem.set("current_stage", stage == null ? JsonNodeFactory.instance.nullNode()
                        : indexes.stage(stage, jobId));
                StoredRecord job = jobs.get(jobId);
                applicationItem.set("job", Projection.jobReference(job));
                applicationItems.add(applicationItem);
            }
            item.set("tags", Tags.of(tagLinks.getOrDefault(candidate.id(), List.of()), tags));
            items.add(item);
        }
        return items;
    }
}
