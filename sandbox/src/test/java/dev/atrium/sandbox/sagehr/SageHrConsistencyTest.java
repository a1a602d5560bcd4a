package dev.atrium.sandbox.sagehr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SandboxOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fan-out endpoints agree with each other, and the generated data has the variety a sync must handle. */
class SageHrConsistencyTest {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SPACE_OFFSET = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\+00:00");
    private static final List<String> LIST_FIELDS = List.of("id", "full_name", "first_name", "last_name", "email",
            "address", "phone_number", "summary", "source", "created_at", "disqualified_date", "hired_date", "stage");

    @RegisterExtension
    static final RunningSandbox RUNNING = RunningSandbox.resettingAfterEach(
            SandboxOptions.defaults());

    @Test
    void listDetailAndPositionDetailAgreeForEveryApplicant() {
        long total = 0;
        for (JsonNode position : RUNNING.client().all("/recruitment/positions")) {
            long positionId = position.get("id").asLong();
            List<JsonNode> listed = RUNNING.client().all("/recruitment/positions/" + positionId + "/applicants");
            JsonNode detail = RUNNING.client().json("/recruitment/positions/" + positionId).get("data");
            assertEquals(position.get("applicants_count").asInt(), listed.size());
            assertEquals(listed.size(), detail.get("applicants").size());
            for (int i = 0; i < listed.size(); i++) {
                JsonNode item = listed.get(i);
                JsonNode summary = detail.get("applicants").get(i);
                assertEquals(item.get("id"), summary.get("id"));
                assertEquals(item.get("full_name"), summary.get("full_name"));
                assertEquals(item.get("email"), summary.get("email"));
                assertFalse(item.has("position_id") || item.has("added_by") || item.has("referrer"));

                JsonNode full = RUNNING.client().json("/recruitment/applicants/" + item.get("id").asLong()).get("data");
                assertEquals(positionId, full.get("position_id").asLong());
                for (String field : LIST_FIELDS) {
                    assertEquals(item.get(field), full.get(field), field);
                }
            }
            total += listed.size();
        }
        assertEquals(RUNNING.sandbox().sagehr().state().counts().applicants(), total);
        assertEquals(150, total);
    }

    @Test
    void stageFilterPartitionsAPositionsApplicants() {
        for (JsonNode position : RUNNING.client().all("/recruitment/positions")) {
            String base = "/recruitment/positions/" + position.get("id").asLong() + "/applicants";
            Map<Long, Integer> byStage = new HashMap<>();
            RUNNING.client().all(base).forEach(a -> byStage.merge(a.get("stage").get("id").asLong(), 1, Integer::sum));
            int sum = 0;
            for (Map.Entry<Long, Integer> stage : byStage.entrySet()) {
                List<JsonNode> filtered = RUNNING.client().all(base + "?stage_id=" + stage.getKey());
                assertEquals(stage.getValue(), filtered.size());
                filtered.forEach(a -> assertEquals(stage.getKey().longValue(), a.get("stage").get("id").asLong()));
                sum += filtered.size();
            }
            assertEquals(position.get("applicants_count").asInt(), sum);
        }
    }

    @Test
    void everyReferencedUserIsAnEmployee() {
        Set<Long> employees = new HashSet<>();
        RUNNING.client().all("/employees").forEach(e -> employees.add(e.get("id").asLong()));
        for (JsonNode position : RUNNING.client().all("/recruitment/positions")) {
            JsonNode detail = RUNNING.client().json("/recruitment/positions/" + position.get("id").asLong()).get("data");
            JsonNode team = detail.get("hiring_team");
            assertEquals("hiring_manager", team.get(0).get("role").asText());
            for (JsonNode member : team) {
                assertTrue(employees.contains(member.get("id").asLong()));
                assertTrue(Set.of("hiring_manager", "interviewer").contains(member.get("role").asText()));
                JsonNode employee = RUNNING.client().json("/employees/" + member.get("id").asLong()).get("data");
                assertEquals(member.get("full_name").asText(),
                        employee.get("first_name").asText() + " " + employee.get("last_name").asText());
            }
            for (JsonNode summary : detail.get("applicants")) {
                JsonNode applicant = RUNNING.client().json("/recruitment/applicants/" + summary.get("id").asLong()).get("data");
                assertTrue(employees.contains(applicant.get("added_by").get("id").asLong()));
                JsonNode referrer = applicant.get("referrer");
                assertEquals("referral".equals(applicant.get("source").asText()), !referrer.isNull());
                if (!referrer.isNull()) {
                    assertTrue(employees.contains(referrer.get("id").asLong()));
                    assertTrue(referrer.get("phone_number").isNull() || referrer.get("phone_number").isNumber());
                }
            }
        }
        RUNNING.client().all("/teams").forEach(t -> t.get("employee_ids").forEach(id -> assertTrue(employees.contains(id.asLong()))));
    }

    @Test
    void generatedDataCoversTheCasesASyncMustHandle() {
        Set<String> statuses = new TreeSet<>();
        Set<String> sources = new TreeSet<>();
        Set<String> employmentTypes = new HashSet<>();
        int emptyPositions = 0;
        int hired = 0;
        int disqualified = 0;
        int withoutPhone = 0;
        int withoutAddress = 0;
        Set<String> emails = new HashSet<>();
        for (JsonNode position : RUNNING.client().all("/recruitment/positions")) {
            String status = position.get("status").asText();
            statuses.add(status);
            employmentTypes.add(position.get("employment_type").isNull() ? null : position.get("employment_type").asText());
            assertTrue(DATE.matcher(position.get("created_at").asText()).matches());
            assertEquals("completed".equals(status), !position.get("completed_at").isNull());
            assertEquals(Character.toUpperCase(status.charAt(0)) + status.substring(1), position.get("visibility").asText());
            assertTrue(position.get("description_blocks").get(0).get("content").asText().startsWith("<p>"));
            List<JsonNode> applicants = RUNNING.client().all("/recruitment/positions/" + position.get("id").asLong() + "/applicants");
            if (applicants.isEmpty()) {
                emptyPositions++;
            }
            for (JsonNode a : applicants) {
                sources.add(a.get("source").asText());
                assertTrue(SPACE_OFFSET.matcher(a.get("created_at").asText()).matches(), a.get("created_at").asText());
                assertTrue(SPACE_OFFSET.matcher(a.get("stage").get("created_at").asText()).matches());
                assertTrue(a.get("stage").get("created_at").asText().compareTo(a.get("created_at").asText()) < 0,
                        "the pipeline exists before anyone applies");
                if (!a.get("hired_date").isNull()) {
                    hired++;
                    assertTrue(DATE.matcher(a.get("hired_date").asText()).matches());
                    assertEquals("Hired", a.get("stage").get("title").asText());
                }
                if (!a.get("disqualified_date").isNull()) {
                    disqualified++;
                    assertFalse("Hired".equals(a.get("stage").get("title").asText()));
                }
                withoutPhone += a.get("phone_number").isNull() ? 1 : 0;
                withoutAddress += a.get("address").isNull() ? 1 : 0;
                emails.add(a.get("email").asText() + "|" + position.get("id").asText());
            }
        }
        assertEquals(Set.of("cancelled", "completed", "draft", "internal", "published"), statuses);
        assertTrue(emptyPositions > 0, "some positions have no applicants");
        assertTrue(employmentTypes.contains(null), "employment_type is sometimes null");
        assertTrue(sources.containsAll(List.of("api", "company_marketing", "recruiters", "referral", "sourced")), sources.toString());
        assertTrue(sources.stream().anyMatch(s -> !Set.of("api", "company_marketing", "recruiters", "referral", "sourced").contains(s)),
                "custom sources appear");
        assertTrue(hired > 0 && disqualified > 0 && withoutPhone > 0 && withoutAddress > 0);
        assertEquals(150, emails.size(), "an email is unique within a position");
    }

    @Test
    void actionsAreNewestFirstAndTellTheStageHistory() {
        int withMoves = 0;
        for (JsonNode position : RUNNING.client().all("/recruitment/positions")) {
            for (JsonNode a : RUNNING.client().all("/recruitment/positions/" + position.get("id").asLong() + "/applicants")) {
                List<JsonNode> actions = RUNNING.client().all("/recruitment/applicants/" + a.get("id").asLong() + "/actions");
                JsonNode oldest = actions.get(actions.size() - 1);
                assertEquals("applicant_created", oldest.get("action").asText());
                assertEquals(a.get("created_at"), oldest.get("created_at"));
                for (int i = 1; i < actions.size(); i++) {
                    assertTrue(actions.get(i - 1).get("created_at").asText().compareTo(actions.get(i).get("created_at").asText()) >= 0);
                }
                String newestMove = null;
                for (JsonNode action : actions) {
                    assertTrue(Set.of("applicant_created", "document_created", "moved_between_stages").contains(action.get("action").asText()));
                    if (newestMove == null && action.get("action").asText().equals("moved_between_stages")) {
                        newestMove = action.get("message").asText();
                    }
                }
                if (newestMove != null) {
                    withMoves++;
                    assertTrue(newestMove.matches("Applicant moved from \".+\" to \".+\""), newestMove);
                    assertTrue(newestMove.endsWith("to \"" + a.get("stage").get("title").asText() + "\""));
                } else {
                    assertEquals("New", a.get("stage").get("title").asText());
                }
            }
        }
        assertTrue(withMoves > 0);
    }

    @Test
    void stageIdsArePerPositionByDefaultAndSharedOnRequest() {
        assertTrue(maxIdsPerStageTitle() > 1, "per position: one title has a different id in each position");
        RUNNING.client().control("PUT", "/settings", "{\"stage_scope\": \"shared\"}");
        assertEquals(1, maxIdsPerStageTitle());
    }

    @Test
    void timestampFormatFollowsTheSetting() {
        RUNNING.client().control("PUT", "/settings", "{\"timestamp_format\": \"iso_millis_utc\"}");
        JsonNode applicant = RUNNING.client().json("/recruitment/applicants/1").get("data");
        assertTrue(applicant.get("created_at").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.000Z"));
        RUNNING.client().control("PUT", "/settings", "{\"timestamp_format\": \"iso_offset\"}");
        applicant = RUNNING.client().json("/recruitment/applicants/1").get("data");
        assertTrue(applicant.get("created_at").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+00:00"));
        assertTrue(DATE.matcher(RUNNING.client().json("/recruitment/positions").get("data").get(0).get("created_at").asText()).matches());
    }

    @Test
    void extraHiringTeamRolesAppearWhenConfigured() {
        RUNNING.client().control("PUT", "/settings", "{\"extra_hiring_team_roles\": [\"recruiter\"]}");
        Set<String> roles = new HashSet<>();
        for (JsonNode position : RUNNING.client().all("/recruitment/positions")) {
            RUNNING.client().json("/recruitment/positions/" + position.get("id").asLong()).get("data").get("hiring_team")
                    .forEach(m -> roles.add(m.get("role").asText()));
        }
        assertTrue(roles.contains("recruiter"), roles.toString());
        assertTrue(roles.contains("hiring_manager"));
    }

    @Test
    void positionFiltersSelectByStatusManagerGroupAndLocation() {
        List<JsonNode> all = RUNNING.client().all("/recruitment/positions");
        for (String status : List.of("draft", "published", "internal", "completed", "cancelled")) {
            long expected = all.stream().filter(p -> p.get("status").asText().equals(status)).count();
            List<JsonNode> filtered = RUNNING.client().all("/recruitment/positions?status=" + status);
            assertEquals(expected, filtered.size(), status);
        }
        assertEquals(0, RUNNING.client().all("/recruitment/positions?status=open").size());
        JsonNode first = all.get(0);
        long group = first.get("group_id").asLong();
        long location = first.get("location_id").asLong();
        RUNNING.client().all("/recruitment/positions?group_ids[]=" + group).forEach(p -> assertEquals(group, p.get("group_id").asLong()));
        RUNNING.client().all("/recruitment/positions?location_ids%5B%5D=" + location).forEach(p -> assertEquals(location, p.get("location_id").asLong()));
        long manager = RUNNING.client().json("/recruitment/positions/" + first.get("id").asLong()).get("data").get("hiring_team").get(0).get("id").asLong();
        List<JsonNode> managed = RUNNING.client().all("/recruitment/positions?hiring_manager_ids[]=" + manager + "&hiring_manager_ids[]=1");
        assertTrue(managed.stream().anyMatch(p -> p.get("id").equals(first.get("id"))));
        for (JsonNode p : managed) {
            JsonNode team = RUNNING.client().json("/recruitment/positions/" + p.get("id").asLong()).get("data").get("hiring_team");
            List<Long> managers = new ArrayList<>();
            team.forEach(m -> {
                if (m.get("role").asText().equals("hiring_manager")) {
                    managers.add(m.get("id").asLong());
                }
            });
            assertTrue(managers.contains(manager));
        }
    }

    private int maxIdsPerStageTitle() {
        Map<String, Set<Long>> ids = new HashMap<>();
        for (JsonNode position : RUNNING.client().all("/recruitment/positions")) {
            RUNNING.client().all("/recruitment/positions/" + position.get("id").asLong() + "/applicants").forEach(a ->
                    ids.computeIfAbsent(a.get("stage").get("title").asText(), t -> new HashSet<>()).add(a.get("stage").get("id").asLong()));
        }
        return ids.values().stream().mapToInt(Set::size).max().orElse(0);
    }
}
