package dev.atrium.sandbox.icims;

import static dev.atrium.sandbox.icims.IcimsClient.filter;
import static dev.atrium.sandbox.icims.IcimsClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.SimulatorClient.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The control API: mutations seen by vendor reads and delta searches, deterministic per seed; settings; reset. */
class IcimsControlApiTest {

    private static final String BATCH = "{\"delete_people\":3,\"change_people\":4,\"create_people\":2,\"delete_jobs\":1,"
            + "\"change_jobs\":2,\"close_jobs\":2,\"move_workflows\":5,\"delete_workflows\":2}";

    @RegisterExtension
    static final RunningIcims RUNNING = RunningIcims.resettingAfterEach(SandboxOptions.defaults());

    @Test
    void mutationsShowInReadsAndInAnUpdatedDateSearchFromTheBatch() {
        IcimsClient client = RUNNING.client();
        JsonNode result = client.control("POST", "/mutations", BATCH).json();
        result.get("deleted_people").forEach(id -> assertEquals(404, client.get("/people/" + id.asLong()).status()));
        result.get("deleted_jobs").forEach(id -> assertEquals(404, client.get("/jobs/" + id.asLong()).status()));
        for (JsonNode id : result.get("closed_jobs")) {
            JsonNode job = json(client.get("/jobs/" + id.asLong()));
            assertEquals("D31003", job.get("folder").get("id").asText());
        }
        assertEquals(2, result.get("closed_jobs").size());
        assertEquals(2, result.get("created_workflows").size());

        List<Long> changedPeople = client.searchAll("people", "person", List.of(filter("person.updateddate", ">=", "2025-06-02")));
        List<Long> expected = new ArrayList<>();
        result.get("changed_people").forEach(id -> expected.add(id.asLong()));
        result.get("created_people").forEach(id -> expected.add(id.asLong()));
        assertEquals(expected.stream().sorted().toList(), changedPeople);

        List<Long> movedOrCreated = client.searchAll("applicantworkflows", "applicantworkflow",
                List.of(filter("applicantworkflow.updateddate", ">=", "2025-06-02")));
        List<Long> touched = new ArrayList<>();
        result.get("moved_workflows").forEach(id -> touched.add(id.asLong()));
        result.get("created_workflows").forEach(id -> touched.add(id.asLong()));
        assertEquals(touched.stream().sorted().toList(), movedOrCreated);

        JsonNode state = client.control("GET", "/state", null).json();
        assertEquals(2, state.get("closed").get("jobs").asInt());
        assertEquals(3, state.get("deleted").get("people").asInt());
        assertEquals(1, state.get("mutation_calls").asInt());
    }

    @Test
    void theSameCallsOnTheSameSeedTouchTheSameRecords() {
        IcimsClient client = RUNNING.client();
        JsonNode first = client.control("POST", "/mutations", BATCH).json();
        client.control("POST", "/reset", null);
        JsonNode again = client.control("POST", "/mutations", BATCH).json();
        assertEquals(first, again);
    }

    @Test
    void resetBringsBackTheGeneratedData() {
        IcimsClient client = RUNNING.client();
        JsonNode before = json(client.get("/jobs/1001"));
        JsonNode result = client.control("POST", "/mutations", "{\"delete_people\":5,\"change_jobs\":20}").json();
        assertFalse(before.equals(json(client.get("/jobs/1001"))));
        client.control("POST", "/reset", null);
        assertEquals(before, json(client.get("/jobs/1001")));
        result.get("deleted_people").forEach(id -> assertEquals(200, client.get("/people/" + id.asLong()).status()));
    }

    @Test
    void settingsChangeBehaviourAndBadSettingsAreRefused() {
        IcimsClient client = RUNNING.client();
        assertEquals(200, client.control("PUT", "/settings", "{\"max_search_results\": 10}").status());
        assertEquals(10, json(client.search("people", IcimsClient.query(filter("person.id", ">", "0")))).get("searchResults").size());
        Reply bad = client.control("PUT", "/settings", "{\"max_search_results\": 5000}");
        assertEquals(400, bad.status());
        assertTrue(bad.json().get("error").asText().contains("max_search_results"));
        assertEquals(400, client.control("PUT", "/settings", "{\"no_such\": 1}").status());
    }
}
