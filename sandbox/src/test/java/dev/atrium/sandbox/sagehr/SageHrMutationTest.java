package dev.atrium.sandbox.sagehr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SandboxOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mutations change exactly the records they report, and what they report is what a sync then sees. */
class SageHrMutationTest {

    @RegisterExtension
    static final RunningSandbox RUNNING = RunningSandbox.resettingAfterEach(
            SandboxOptions.defaults());

    @Test
    void changedApplicantsDifferInWhatTheConnectorReadsAndNothingElseChanges() {
        Map<Long, JsonNode> before = applicantDetails();
        JsonNode result = mutate("{\"change_applicants\": 5}");
        List<Long> changed = ids(result.get("changed_applicants"));
        assertEquals(5, changed.size());
        Map<Long, JsonNode> after = applicantDetails();
        assertEquals(before.keySet(), after.keySet());
        for (Long id : before.keySet()) {
            JsonNode old = before.get(id);
            JsonNode now = after.get(id);
            if (!changed.contains(id)) {
                assertEquals(old, now, "applicant " + id + " was not reported as changed");
                continue;
            }
            assertNotEquals(old.get("phone_number"), now.get("phone_number"));
            assertNotEquals(old.get("last_name"), now.get("last_name"));
            assertEquals(old.get("email"), now.get("email"));
            boolean inPlay = old.get("hired_date").isNull() && old.get("disqualified_date").isNull()
                    && !old.get("stage").get("title").asText().equals("Hired");
            if (inPlay) {
                assertNotEquals(old.get("stage").get("id"), now.get("stage").get("id"));
                JsonNode newest = RUNNING.client().json("/recruitment/applicants/" + id + "/actions").get("data").get(0);
                assertEquals("moved_between_stages", newest.get("action").asText());
                assertTrue(newest.get("message").asText().endsWith("to \"" + now.get("stage").get("title").asText() + "\""));
            }
        }
        JsonNode state = RUNNING.client().control("GET", "/state", null).json();
        assertEquals(5, state.get("changed").get("applicants").asInt());
    }

    @Test
    void deletedApplicantsAnswer404AndLeaveEveryList() {
        JsonNode result = mutate("{\"delete_applicants\": 3}");
        List<Long> deleted = ids(result.get("deleted_applicants"));
        assertEquals(3, deleted.size());
        for (Long id : deleted) {
            assertEquals(404, RUNNING.client().get("/recruitment/applicants/" + id).status());
            assertEquals(404, RUNNING.client().get("/recruitment/applicants/" + id + "/actions").status());
        }
        Set<Long> listed = new HashSet<>(applicantDetails().keySet());
        deleted.forEach(id -> assertFalse(listed.contains(id)));
        assertEquals(147, listed.size());
        assertEquals(147, RUNNING.client().control("GET", "/state", null).json().get("counts").get("applicants").asInt());
        long sumOfCounts = 0;
        for (JsonNode p : RUNNING.client().all("/recruitment/positions")) {
            sumOfCounts += p.get("applicants_count").asLong();
        }
        assertEquals(147, sumOfCounts);
    }

    @Test
    void aDeletedPositionTakesItsApplicantsWithIt() {
        Map<Long, List<Long>> applicantsByPosition = new LinkedHashMap<>();
        for (JsonNode p : RUNNING.client().all("/recruitment/positions")) {
            applicantsByPosition.put(p.get("id").asLong(),
                    ids(RUNNING.client().json("/recruitment/positions/" + p.get("id").asLong()).get("data").get("applicants")));
        }
        JsonNode result = mutate("{\"delete_positions\": 2}");
        List<Long> deleted = ids(result.get("deleted_positions"));
        assertEquals(2, deleted.size());
        List<Long> expectedGone = new ArrayList<>();
        deleted.forEach(id -> expectedGone.addAll(applicantsByPosition.get(id)));
        assertEquals(expectedGone, ids(result.get("applicants_removed_with_positions")));
        for (Long id : deleted) {
            assertEquals(404, RUNNING.client().get("/recruitment/positions/" + id).status());
            assertEquals(404, RUNNING.client().get("/recruitment/positions/" + id + "/applicants").status());
        }
        for (Long id : expectedGone) {
            assertEquals(404, RUNNING.client().get("/recruitment/applicants/" + id).status());
        }
        List<Long> remaining = ids(RUNNING.client().json("/recruitment/positions?per_page=100").get("data"));
        assertEquals(10, remaining.size());
        deleted.forEach(id -> assertFalse(remaining.contains(id)));
    }

    @Test
    void changedAndClosedPositionsShowTheirNewTitleTeamAndStatus() {
        Map<Long, JsonNode> before = positions();
        JsonNode result = mutate("{\"change_positions\": 2, \"close_positions\": 1}");
        List<Long> changed = ids(result.get("changed_positions"));
        List<Long> closed = ids(result.get("closed_positions"));
        assertEquals(2, changed.size());
        assertEquals(1, closed.size());
        Map<Long, JsonNode> after = positions();
        for (Long id : before.keySet()) {
            JsonNode old = before.get(id);
            JsonNode now = after.get(id);
            if (changed.contains(id)) {
                assertNotEquals(old.get("title"), now.get("title"));
                assertNotEquals(old.get("team"), now.get("team"));
            } else if (!closed.contains(id)) {
                assertEquals(old, now);
            }
            if (closed.contains(id)) {
                assertTrue(Set.of("published", "internal").contains(old.get("status").asText()));
                assertEquals("completed", now.get("status").asText());
                assertEquals("Completed", now.get("visibility").asText());
                assertTrue(now.get("completed_at").isTextual());
                SageHrClient.Reply refused = RUNNING.client().postJson("/recruitment/positions/" + id + "/applicants",
                        "{\"applicant\": {\"first_name\": \"Late\"}}");
                assertEquals(422, refused.status());
            }
        }
    }

    @Test
    void createdApplicantsJoinOpenPositionsAndAreReadable() {
        JsonNode result = mutate("{\"create_applicants\": 4}");
        List<Long> created = ids(result.get("created_applicants"));
        assertEquals(4, created.size());
        for (Long id : created) {
            assertTrue(id > 150);
            JsonNode applicant = RUNNING.client().json("/recruitment/applicants/" + id).get("data");
            long positionId = applicant.get("position_id").asLong();
            JsonNode position = RUNNING.client().json("/recruitment/positions/" + positionId).get("data");
            assertTrue(Set.of("published", "internal").contains(position.get("status").asText()));
            assertTrue(ids(position.get("applicants")).contains(id));
            assertEquals("New", applicant.get("stage").get("title").asText());
        }
        assertEquals(154, RUNNING.client().control("GET", "/state", null).json().get("counts").get("applicants").asInt());
    }

    @Test
    void resetReplaysTheSameMutationsOnTheSameRecords() {
        String calls = "{\"delete_applicants\": 2, \"change_applicants\": 3, \"change_positions\": 1}";
        JsonNode first = mutate(calls);
        JsonNode second = mutate(calls);
        assertNotEquals(first, second, "a second call picks new records");
        RUNNING.client().control("POST", "/reset", null);
        assertEquals(first, mutate(calls));
        assertEquals(second, mutate(calls));
    }

    @Test
    void javaApiMatchesTheControlApi() {
        MutationResult viaJava = RUNNING.sandbox().sagehr().mutate(MutationRequest.none().withDeleteApplicants(2).withChangePositions(1));
        RUNNING.client().control("POST", "/reset", null);
        JsonNode viaHttp = mutate("{\"delete_applicants\": 2, \"change_positions\": 1}");
        assertEquals(viaJava.deletedApplicants(), ids(viaHttp.get("deleted_applicants")));
        assertEquals(viaJava.changedPositions(), ids(viaHttp.get("changed_positions")));
    }

    private JsonNode mutate(String body) {
        SageHrClient.Reply reply = RUNNING.client().control("POST", "/mutations", body);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.isObject() ? n.get("id").asLong() : n.asLong()));
        return ids;
    }

    private static Map<Long, JsonNode> positions() {
        Map<Long, JsonNode> byId = new LinkedHashMap<>();
        RUNNING.client().all("/recruitment/positions").forEach(p -> byId.put(p.get("id").asLong(), p));
        return byId;
    }

    private static Map<Long, JsonNode> applicantDetails() {
        Map<Long, JsonNode> byId = new LinkedHashMap<>();
        for (Long positionId : positions().keySet()) {
            for (JsonNode a : RUNNING.client().all("/recruitment/positions/" + positionId + "/applicants")) {
                byId.put(a.get("id").asLong(), RUNNING.client().json("/recruitment/applicants/" + a.get("id").asLong()).get("data"));
            }
        }
        return byId;
    }
}
