package dev.atrium.sandbox.paycor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The control API: mutations touch exactly what they report; state, settings, reset and authorize. */
class PaycorControlApiTest {

    @RegisterExtension
    static final RunningPaycor RUNNING = RunningPaycor.resettingAfterEach(SandboxOptions.defaults());

    @Test
    void aDeletedJobTakesItsCandidatesWithIt() {
        PaycorClient client = RUNNING.client();
        Map<String, List<String>> byJob = new LinkedHashMap<>();
        for (JsonNode job : client.jobs()) {
            byJob.put(job.get("id").asText(), ids(client.all(client.candidatesOf(job.get("id").asText()))));
        }
        JsonNode result = client.mutate("{\"delete_jobs\": 3}");
        List<String> deleted = ids(result.get("deleted_jobs"));
        assertEquals(3, deleted.size());
        List<String> expectedGone = new ArrayList<>();
        deleted.forEach(id -> expectedGone.addAll(byJob.get(id)));
        assertEquals(expectedGone, ids(result.get("candidates_removed_with_jobs")));
        for (String jobId : deleted) {
            assertEquals(404, client.get(client.ats() + "/jobs/" + jobId).status());
            assertEquals(404, client.get(client.candidatesOf(jobId)).status());
            for (String candidateId : byJob.get(jobId)) {
                assertEquals(404, client.get(client.candidatesOf(jobId) + "/" + candidateId).status());
            }
        }
        assertEquals(12, client.jobs().size());
        long remaining = byJob.values().stream().mapToLong(List::size).sum() - expectedGone.size();
        assertEquals(remaining, client.control("GET", "/state", null).json().get("counts").get("candidates").asLong());
    }

    @Test
    void changedAndClosedJobsShowItAndNothingElseMoves() {
        PaycorClient client = RUNNING.client();
        Map<String, JsonNode> before = jobsById();
        JsonNode result = client.mutate("{\"change_jobs\": 2, \"close_jobs\": 2}");
        List<String> changed = ids(result.get("changed_jobs"));
        List<String> closed = ids(result.get("closed_jobs"));
        assertEquals(2, changed.size());
        assertEquals(2, closed.size());
        Map<String, JsonNode> after = jobsById();
        for (String id : before.keySet()) {
            JsonNode old = before.get(id);
            JsonNode now = after.get(id);
            if (changed.contains(id)) {
                assertNotEquals(old.get("title"), now.get("title"));
                assertTrue(now.get("modifiedDate").asText().compareTo(old.get("modifiedDate").asText()) > 0);
            }
            if (closed.contains(id)) {
                assertTrue(List.of("ACTIVE", "ACTIVATING").contains(old.get("status").asText()));
                assertEquals("CLOSED", now.get("status").asText());
                assertFalse(now.get("postedToCareers").asBoolean());
                assertTrue(now.get("modifiedDate").asText().compareTo(old.get("modifiedDate").asText()) > 0);
            }
            if (!changed.contains(id) && !closed.contains(id)) {
                assertEquals(old, now, "job " + id + " was not reported as touched");
            }
        }
    }

    @Test
    void changedCandidatesDifferAndTheRestStaysPut() {
        PaycorClient client = RUNNING.client();
        Map<String, JsonNode> before = candidatesById();
        List<String> changed = ids(client.mutate("{\"change_candidates\": 8}").get("changed_candidates"));
        assertEquals(8, changed.size());
        Map<String, JsonNode> after = candidatesById();
        assertEquals(before.keySet(), after.keySet());
        for (String id : before.keySet()) {
            if (changed.contains(id)) {
                assertNotEquals(before.get(id).get("mobilePhone"), after.get(id).get("mobilePhone"));
                assertEquals(before.get(id).get("email"), after.get(id).get("email"));
            } else {
                assertEquals(before.get(id), after.get(id));
            }
        }
    }

    @Test
    void resetReplaysTheSameMutationsAndJavaMatchesHttp() {
        PaycorClient client = RUNNING.client();
        String calls = "{\"delete_candidates\": 2, \"change_candidates\": 3, \"change_jobs\": 1, \"create_candidates\": 2}";
        JsonNode first = client.mutate(calls);
        JsonNode second = client.mutate(calls);
        assertNotEquals(first, second, "a second call picks new records");
        JsonNode state = client.control("POST", "/reset", null).json();
        assertEquals(0, state.get("mutation_calls").asInt());
        assertEquals(first, client.mutate(calls));
        RUNNING.paycor().reset();
        PaycorMutationResult viaJava = RUNNING.paycor().mutate(
                PaycorMutationRequest.none().withDeleteCandidates(2).withChangeCandidates(3).withChangeJobs(1).withCreateCandidates(2));
        assertEquals(ids(first.get("deleted_candidates")), viaJava.deletedCandidates());
        assertEquals(ids(first.get("created_candidates")), viaJava.createdCandidates());
    }

    @Test
    void settingsArePartialAndValidated() {
        PaycorClient client = RUNNING.client();
        JsonNode settings = client.control("GET", "/settings", null).json();
        assertEquals(100, settings.get("page_size").asInt());
        assertEquals(1800, settings.get("access_token_ttl_seconds").asInt());
        assertEquals(1000, settings.get("rate_limit_per_window").asInt());
        JsonNode updated = client.control("PUT", "/settings", "{\"counts\": {\"jobs\": 4}, \"user_lists_null_unless_included\": false}").json();
        assertEquals(4, updated.get("counts").get("jobs").asInt());
        assertEquals(200, updated.get("counts").get("candidates").asInt(), "other counts kept");
        assertEquals(4, client.jobs().size());
        assertTrue(client.jobs().get(0).get("executives").isArray(), "empty lists instead of null");
        assertEquals(400, client.control("PUT", "/settings", "{\"no_such_setting\": 1}").status());
        assertEquals(400, client.control("PUT", "/settings", "{\"candidate_date_format\": \"roman\"}").status());
        assertEquals(400, client.control("POST", "/mutations", "{\"delete_jobs\": -1}").status());
        client.control("POST", "/reset", null);
        assertEquals(15, client.jobs().size());
    }

    @Test
    void authorizeHandsOutAWorkingRefreshToken() {
        PaycorClient client = RUNNING.client();
        String token = client.control("POST", "/authorize", null).json().get("refresh_token").asText();
        assertEquals(200, client.refresh(token).status());
        JsonNode tokens = client.control("GET", "/state", null).json().get("tokens");
        assertTrue(tokens.get("refresh_tokens_issued").asLong() >= 2);
    }

    private static Map<String, JsonNode> jobsById() {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        RUNNING.client().all(RUNNING.client().ats() + "/jobs?include=All").forEach(j -> byId.put(j.get("id").asText(), j));
        return byId;
    }

    private static Map<String, JsonNode> candidatesById() {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (String jobId : jobsById().keySet()) {
            RUNNING.client().all(RUNNING.client().candidatesOf(jobId)).forEach(c -> byId.put(c.get("id").asText(), c));
        }
        return byId;
    }

    private static List<String> ids(Iterable<JsonNode> array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.isObject() ? n.get("id").asText() : n.asText()));
        return ids;
    }
}
