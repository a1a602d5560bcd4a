package dev.atrium.server.views;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.store.RecordQuery;
import dev.atrium.engine.store.StoredRecord;
import java.util.ArrayList;
import java.util.Set;
import java.util.List;
import java.util.Map;

/** GET /v1/ats/applications: applications with their candidate, current stage, job, interviews and offers. */
public final class ApplicationsView implements ListView {

    @Override
    public String endpoint() {
        return "applications";
    }

    @Override
    public String model() {
        return "applications";
    }

    @Override
    public List<RecordQuery.Related> relatedChanges() {
        return List.of(new RecordQuery.Referenced("candidate_id", "candidates"),
                new RecordQuery.Referenced("current_stage_id", "application_stages"),
                new RecordQuery.Referencing("interviews", "application_id"),
                new RecordQuery.Referencing("offers", "application_id"));
    }

    @Override
    public List<ListFilter> filters() {
        return List.of(ListFilter.keyEqualsEnum("outcome", "applications", "outcome", Enums.OUTCOMES),
                ListFilter.keyInEnum("outcomes", "applications", "outcome", Enums.OUTCOMES),
                ListFilter.idKeyIn("job_ids", "applications", "job_id"),
                new ListFilter("job_remote_ids", ListFilter.Form.LIST, Set.of(), "applications", "job_id",
                        values -> new RecordQuery.Linked("job_id", "jobs", null, RecordQuery.REMOTE_ID, values)),
                ListFilter.idKeyIn("current_stage_ids", "applications", "current_stage_id"),
                ListFilter.createdOnOrAfter("applications"));
    }

    @Override
    public List<ObjectNode> assemble(ViewReader reader, List<StoredRecord> page) {
        Map<String, StoredRecord> candidates = reader.byIds("candidates", ViewReader.values(page, "candidate_id"));
        Map<String, StoredRecord> jobs = reader.byIds("jobs", ViewReader.values(page, "job_id"));
        Map<String, StoredRecord> stages = reader.byIds("application_stages", ViewReader.values(page, "current_stage_id"));
        Map<String, List<StoredRecord>> tagLinks = reader.groupedByKey("candidate_tags", "candidate_id",
                candidates.keySet());
        Map<String, StoredRecord> tags = reader.byIds("tags", ViewReader.field(tagLinks, "tag_id"));
        StageIndexes indexes = StageIndexes.of(reader, ViewReader.values(page, "job_id"));
        List<String> applicationIds = page.stream().map(StoredRecord::id).toList();
        Map<String, List<StoredRecord>> interviews = reader.groupedByKey("interviews", "application_id", applicationIds);
        Map<String, List<StoredRecord>> offers = reader.groupedByKey("offers", "application_id", applicationIds);

        List<ObjectNode> items = new ArrayList<>();
        for (StoredRecord application : page) {
            ObjectNode item = ViewReader.withTimes(application);
            String jobId = application.content().path("job_id").asText(null);
            StoredRecord candidate = candidates.get(application.content().path("candidate_id").asText(null));
            item.set("candidate", candidate == null ? JsonNodeFactory.instance.nullNode()
                    : candidate(candidate, tagLinks.getOrDefault(candidate.id(), List.of()), tags));
            StoredRecord stage = stages.get(application.content().path("current_stage_id").asText(null));
            item.set("current_stage", stage == null ? JsonNodeFactory.instance.nullNode()
                    : indexes.stage(stage, jobId));
            StoredRecord job = jobs.get(jobId);
            item.set("job", Projection.jobReference(job));
            ArrayNode interviewItems = item.putArray("interviews");
            for (StoredRecord interview : interviews.getOrDefault(application.id(), List.of())) {
                interviewItems.add(Projection.pick(interview.content(), "id", "remote_id", "title", "starting_at",
                        "ending_at", "location", "canceled"));
            }
            ArrayNode offerItems = item.putArray("offers");
            for (StoredRecord offer : offers.getOrDefault(application.id(), List.of())) {
                offerItems.add(Projection.pick(offer.content(), "id", "remote_id", "status"));
            }
            items.add(item);
        }
        return items;
    }

    private static ObjectNode candidate(StoredRecord candidate, List<StoredRecord> links, Map<String, StoredRecord> tags) {
        ObjectNode item = Projection.pick(candidate.content(), "id", "remote_id", "first_name", "last_name",
                "phone_numbers", "social_media", "source", "remote_url");
        item.set("email_addresses", Projection.emailAddresses(candidate.content().get("email_addresses")));
        item.set("tags", Tags.of(links, tags));
        return item;
    }
}
