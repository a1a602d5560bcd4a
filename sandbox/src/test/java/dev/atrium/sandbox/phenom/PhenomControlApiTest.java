package dev.atrium.sandbox.phenom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The control API: mutations seen through the vendor API, settings, reset. */
class PhenomControlApiTest {

    @RegisterExtension
    static final RunningPhenom RUNNING = RunningPhenom.resettingAfterEach(SandboxOptions.defaults());

    private static JsonNode mutate(String body) {
        var r = RUNNING.client().control("POST", "/mutations", body);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static Set<String> ids(List<JsonNode> records, String field) {
        return records.stream().map(r -> r.get(field).asText()).collect(Collectors.toSet());
    }

    @Test
    void deletedJobsLeaveTheirApplicationsDangling() {
        Map<String, Long> before = RUNNING.client().allApplications().stream()
                .collect(Collectors.groupingBy(a -> a.get("jobId").asText(), Collectors.counting()));
        JsonNode result = mutate("{\"delete_jobs\": 6}");
        assertEquals(6, result.get("deleted_jobs").size());
        Set<String> listed = ids(RUNNING.client().allJobs(null), "jobId");
        List<JsonNode> after = RUNNING.client().allApplications();
        assertEquals(300, after.size(), "applications stay");
        long dangling = 0;
        for (JsonNode id : result.get("deleted_jobs")) {
            assertFalse(listed.contains(id.asText()));
            assertEquals(404, RUNNING.client().get("/candidates-api/applications/v1/jobs/" + id.asText()
                    + "/applicants?from=0&size=5").status());
            long still = after.stream().filter(a -> a.get("jobId").asText().equals(id.asText())).count();
            assertEquals(before.getOrDefault(id.asText(), 0L), still, "applications keep the deleted job's id");
            dangling += still;
        }
        assertTrue(dangling > 0, "at least one deleted job had applications");
    }

    @Test
    void closedJobsDisappearFromTheListAndChangedOnesShowTheirEdits() {
        int before = RUNNING.client().allJobs(null).size();
        JsonNode result = mutate("{\"close_jobs\": 2, \"change_jobs\": 2}");
        assertEquals(before - 2, RUNNING.client().allJobs(null).size());
        Map<String, JsonNode> now = new HashMap<>();
        RUNNING.client().allJobs(null).forEach(j -> now.put(j.get("jobId").asText(), j));
        result.get("closed_jobs").forEach(id -> assertFalse(now.containsKey(id.asText())));
        RUNNING.sandbox().phenom().reset();
        Map<String, JsonNode> base = new HashMap<>();
        RUNNING.client().allJobs(null).forEach(j -> base.put(j.get("jobId").asText(), j));
        for (JsonNode id : result.get("changed_jobs")) {
            if (now.containsKey(id.asText())) {
                assertNotEquals(base.get(id.asText()).get("title"), now.get(id.asText()).get("title"));
            }
        }
    }

    @Test
    void applicationChangesDeletionsAndCreationsShowInTheList() {
        Map<String, String> before = new HashMap<>();
        RUNNING.client().allApplications().forEach(a -> before.put(a.get("applicationId").asText(), a.get("status").asText()));
        JsonNode result = mutate("{\"change_applications\": 5, \"delete_applications\": 4, \"create_applications\": 3,"
                + " \"change_candidates\": 2}");
        Map<String, String> after = new HashMap<>();
        RUNNING.client().allApplications().forEach(a -> after.put(a.get("applicationId").asText(), a.get("status").asText()));
        assertEquals(300 - 4 + 3, after.size());
        result.get("deleted_applications").forEach(id -> assertFalse(after.containsKey(id.asText())));
        result.get("created_applications").forEach(id -> assertEquals("New", after.get(id.asText())));
        assertEquals(5, result.get("changed_applications").size());
        result.get("changed_applications").forEach(id -> assertNotEquals(before.get(id.asText()), after.get(id.asText())));
        for (JsonNode id : result.get("changed_candidates")) {
            JsonNode c = RUNNING.client().json("/candidates-api/v1/candidates?candidateId=" + id.asText()).get("data");
            assertTrue(c.get("updatedDate").asLong() > 1_748_800_000_000L, "dated after the generated data");
        }
        JsonNode state = RUNNING.client().control("GET", "/state", null).json();
        assertEquals(299, state.get("counts").get("applications").asInt());
        assertEquals(1, state.get("mutation_calls").asInt());
    }

    @Test
    void settingsArePatchedAndCheckedAndResetRestoresThem() {
        assertEquals(400, RUNNING.client().control("PUT", "/settings", "{\"no_such\": 1}").status());
        assertEquals(400, RUNNING.client().control("PUT", "/settings", "{\"max_limit\": 0}").status());
        assertEquals(400, RUNNING.client().control("PUT", "/settings", "{\"login_path\": \"/jobs-api\"}").status());
        assertEquals(400, RUNNING.client().control("POST", "/mutations", "{\"delete_jobs\": -1}").status());
        var moved = RUNNING.client().control("PUT", "/settings", "{\"login_path\": \"/oauth2/v1\"}");
        assertEquals(200, moved.status(), moved.body());
        String form = "clientId=" + RUNNING.client().credentials.get("client_id") + "&clientSecret="
                + java.net.URLEncoder.encode(RUNNING.client().credentials.get("client_secret"), java.nio.charset.StandardCharsets.UTF_8);
        Map<String, String> formType = Map.of("Content-Type", "application/x-www-form-urlencoded");
        assertEquals(401, RUNNING.client().postWith("/auth/token", form, formType).status(), "no longer the login host");
        assertEquals(200, RUNNING.client().postWith("/oauth2/v1/token", form, formType).status(), "the token now lives here");
        assertTrue(RUNNING.sandbox().simulators().stream().anyMatch(i -> i.credentials().getOrDefault("login_url", "")
                .endsWith("/phenom/oauth2/v1")), "the listed login URL follows");
        var grown = RUNNING.client().control("PUT", "/settings", "{\"counts\": {\"applications\": 50}}");
        assertEquals(200, grown.status());
        assertEquals(50, RUNNING.client().control("GET", "/state", null).json().get("counts").get("applications").asInt());
        RUNNING.client().control("POST", "/reset", null);
        JsonNode state = RUNNING.client().control("GET", "/state", null).json();
        assertEquals(300, state.get("counts").get("applications").asInt());
        assertEquals("/auth", state.get("settings").get("login_path").asText());
    }
}
