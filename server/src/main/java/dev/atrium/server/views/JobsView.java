package dev.atrium.server.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.store.RecordQuery;
import dev.atrium.engine.store.StoredRecord;
import java.util.ArrayList;
import java.util.Set;
import java.util.List;
import java.util.Map;

/** GET /v1/ats/jobs: jobs with their stages, screening questions, postings and hiring team. */
public final class JobsView implements ListView {

    @Override
    public String endpoint() {
        return "jobs";
    }

    @Override
    public String model() {
        return "jobs";
    }

    @Override
    public List<RecordQuery.Related> relatedChanges() {
        // stages, screening questions, hiring team: entries added or removed; postings: also edited.
        return List.of(new RecordQuery.Referencing("job_application_stages", "job_id"),
                new RecordQuery.Referencing("job_screening_questions", "job_id"),
                new RecordQuery.Referencing("job_postings", "job_id"),
                new RecordQuery.Referencing("job_hiring_team_members", "job_id"));
    }

    @Override
    public List<ListFilter> filters() {
        return List.of(ListFilter.keyIn("job_codes", "jobs", "job_code", "job_code"),
                ListFilter.keyEquals("post_url", "jobs", "post_url"),
                ListFilter.keyEqualsEnum("status", "jobs", "status", Enums.JOB_STATUSES),
                ListFilter.keyInEnum("statuses", "jobs", "status", Enums.JOB_STATUSES),
                ListFilter.keyInEnum("employment_types", "jobs", "employment_type", Enums.EMPLOYMENT_TYPES),
                ListFilter.keyInEnum("visibilities", "jobs", "visibility", Enums.VISIBILITIES),
                ListFilter.createdOnOrAfter("jobs"),
                new ListFilter("name_contains", ListFilter.Form.SINGLE, Set.of(), "jobs", "name",
                        values -> new RecordQuery.KeyContains("name", values.get(0))));
    }

    @Override
    public List<ObjectNode> assemble(ViewReader reader, List<StoredRecord> page) {
        List<String> jobIds = page.stream().map(StoredRecord::id).toList();
        Map<String, List<StoredRecord>> stageLinks = reader.groupedByKey("job_application_stages", "job_id", jobIds);
        Map<String, StoredRecord> stages = reader.byIdsWithRemoteData("application_stages",
                ViewReader.field(stageLinks, "stage_id"));
        Map<String, List<StoredRecord>> questionLinks = reader.groupedByKey("job_screening_questions", "job_id", jobIds);
        Map<String, StoredRecord> questions = reader.byIds("screening_questions", ViewReader.field(questionLinks, "question_id"));
        Map<String, List<StoredRecord>> postings = reader.groupedByKeyWithRemoteData("job_postings", "job_id", jobIds);
        Map<String, List<StoredRecord>> members = reader.groupedByKey("job_hiring_team_members", "job_id", jobIds);
        Map<String, StoredRecord> users = reader.byIds("users", ViewReader.field(members, "user_id"));
        List<String> memberIds = members.values().stream().flatMap(List::stream).map(StoredRecord::id).toList();
        Map<String, List<StoredRecord>> assignments = reader.groupedByKey("job_user_role_assignments", "job_user_id",
                memberIds);
        Map<String, StoredRecord> roles = reader.byIds("roles", ViewReader.field(assignments, "role_id"));

        List<ObjectNode> items = new ArrayList<>();
        for (StoredRecord job : page) {
            ObjectNode item = ViewReader.withTimes(job);
            item.set("stages", stages(stageLinks.getOrDefault(job.id(), List.of()), stages));
            item.set("screening_questions", questions(questionLinks.getOrDefault(job.id(), List.of()), questions));
            item.set("job_postings", postings(postings.getOrDefault(job.id(), List.of())));
            item.set("hiring_team", hiringTeam(members.getOrDefault(job.id(), List.of()), users, assignments, roles));
            items.add(item);
        }
        return items;
    }

    private static ArrayNode stages(List<StoredRecord> links, Map<String, StoredRecord> stages) {
        List<ObjectNode> out = new ArrayList<>();
        for (StoredRecord link : links) {
            StoredRecord stage = stages.get(link.content().path("stage_id").asText());
            if (stage == null || stage.deleted()) {
                continue;
            }
            ObjectNode item = Projection.pick(stage.content(), "id", "remote_id", "name", "remote_data");
            item.set("index", link.content().get("index"));
            out.add(item);
        }
        out.sort(ViewReader.byIndex("index"));
        return Projection.array(out);
    }

    private static ArrayNode questions(List<StoredRecord> links, Map<String, StoredRecord> questions) {
        List<ObjectNode> out = new ArrayList<>();
        for (StoredRecord link : links) {
            StoredRecord question = questions.get(link.content().path("question_id").asText());
            if (question == null || question.deleted()) {
                continue;
            }
            ObjectNode item = Projection.pick(question.content(), "id", "remote_id", "title", "description", "format",
                    "category");
            JsonNode join = link.content();
            for (String field : List.of("index", "required", "precondition_question_id", "precondition_options")) {
                item.set(field, join.path(field).isMissingNode() ? JsonNodeFactory.instance.nullNode() : join.get(field));
            }
            out.add(item);
        }
        out.sort(ViewReader.byIndex("index"));
        return Projection.array(out);
    }

    private static ArrayNode postings(List<StoredRecord> postings) {
        List<ObjectNode> out = new ArrayList<>();
        for (StoredRecord posting : postings) {
            out.add(Projection.pick(posting.content(), "id", "remote_id", "title", "description_html", "status",
                    "visibility", "url", "remote_data"));
        }
        return Projection.array(out);
    }

    private static ArrayNode hiringTeam(List<StoredRecord> members, Map<String, StoredRecord> users,
            Map<String, List<StoredRecord>> assignments, Map<String, StoredRecord> roles) {
        List<ObjectNode> out = new ArrayList<>();
        for (StoredRecord member : members) {
            StoredRecord user = users.get(member.content().path("user_id").asText());
            if (user == null || user.deleted()) {
                continue;
            }
            ObjectNode item = Projection.pick(user.content(), "id", "remote_id", "first_name", "last_name");
            item.set("email", Projection.email(user.content().get("email")));
            JsonNode memberRoles = member.content().get("roles");
            item.set("hiring_team_roles", memberRoles == null || memberRoles.isNull()
                    ? JsonNodeFactory.instance.arrayNode() : memberRoles);
            ArrayNode jobRoles = item.putArray("job_roles");
            for (StoredRecord assignment : assignments.getOrDefault(member.id(), List.of())) {
                StoredRecord role = roles.get(assignment.content().path("role_id").asText());
                if (role != null && !role.deleted()) {
                    jobRoles.add(Projection.pick(role.content(), "remote_id", "remote_label", "scope", "unified_type"));
                }
            }
            out.add(item);
        }
        out.sort(ViewReader.BY_ID);
        return Projection.array(out);
    }
}
