package dev.atrium.server.views;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.store.RecordQuery;
import dev.atrium.engine.store.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** GET /v1/ats/interviews: interviews with their interviewers and their application's candidate and job. */
public final class InterviewsView implements ListView {

    @Override
    public String endpoint() {
        return "interviews";
    }

    @Override
    public String model() {
        return "interviews";
    }

    @Override
    public List<RecordQuery.Related> relatedChanges() {
        // Interviewers added or removed (not edited), and the application edited.
        return List.of(new RecordQuery.Referencing("interview_users", "interview_id"),
                new RecordQuery.Referenced("application_id", "applications"));
    }

    @Override
    public List<ListFilter> filters() {
        return List.of(new ListFilter("job_ids", ListFilter.Form.IDS, Set.of(), "interviews", "application_id",
                values -> new RecordQuery.Linked("application_id", "applications", null, "job_id", values)));
    }

    @Override
    public List<ObjectNode> assemble(ViewReader reader, List<StoredRecord> page) {
        Map<String, List<StoredRecord>> interviewers = reader.groupedByKey("interview_users", "interview_id",
                page.stream().map(StoredRecord::id).toList());
        Map<String, StoredRecord> users = reader.byIds("users", ViewReader.field(interviewers, "user_id"));
        ApplicationReferences applications = ApplicationReferences.of(reader, page);
        List<ObjectNode> items = new ArrayList<>();
        for (StoredRecord interview : page) {
            ObjectNode item = ViewReader.withTimes(interview);
            ArrayNode userItems = item.putArray("users");
            for (StoredRecord link : interviewers.getOrDefault(interview.id(), List.of())) {
                StoredRecord user = users.get(link.content().path("user_id").asText());
                if (user != null && !user.deleted()) {
                    ObjectNode userItem = Projection.pick(user.content(), "id", "remote_id", "first_name", "last_name");
                    userItem.set("email", Projection.email(user.content().get("email")));
                    userItems.add(userItem);
                }
            }
            StoredRecord application = applications.application(interview);
            if (application == null) {
                item.set("application", JsonNodeFactory.instance.nullNode());
            } else {
                ObjectNode nested = Projection.pick(application.content(), "id", "remote_id", "outcome",
                        "rejection_reason_name");
                nested.set("candidate", Projection.candidateReference(applications.candidate(application)));
                nested.set("job", Projection.jobReference(applications.job(application)));
                item.set("application", nested);
            }
            items.add(item);
        }
        return items;
    }
}
