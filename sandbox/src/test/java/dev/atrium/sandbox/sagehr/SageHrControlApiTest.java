package dev.atrium.sandbox.sagehr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SandboxOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** State, settings and reset through /_control/sagehr. */
class SageHrControlApiTest {

    @RegisterExtension
    static final RunningSandbox RUNNING = RunningSandbox.resettingAfterEach(
            SandboxOptions.defaults());

    @Test
    void stateReportsCountsChangesAndSettings() {
        JsonNode state = RUNNING.client().control("GET", "/state", null).json();
        assertEquals(42, state.get("seed").asLong());
        assertEquals(12, state.get("counts").get("positions").asInt());
        assertEquals(150, state.get("counts").get("applicants").asInt());
        assertEquals(0, state.get("deleted").get("applicants").asInt());
        assertEquals("space_offset", state.get("settings").get("timestamp_format").asText());
        assertEquals(600, state.get("settings").get("rate_limit_per_window").asInt());

        RUNNING.client().control("POST", "/mutations", "{\"delete_positions\": 1, \"change_applicants\": 2}");
        state = RUNNING.client().control("GET", "/state", null).json();
        assertEquals(11, state.get("counts").get("positions").asInt());
        assertEquals(1, state.get("deleted").get("positions").asInt());
        assertEquals(2, state.get("changed").get("applicants").asInt());
        assertEquals(150 - state.get("deleted").get("applicants_with_positions").asInt(), state.get("counts").get("applicants").asInt());
    }

    @Test
    void settingsArePartiallyUpdatedAndValidated() {
        JsonNode updated = RUNNING.client().control("PUT", "/settings", "{\"per_page_max\": 50, \"accept_header_quirk\": false}").json();
        assertEquals(50, updated.get("per_page_max").asInt());
        assertEquals(30, updated.get("per_page_default").asInt());
        assertEquals(50, RUNNING.client().json("/recruitment/positions/65000002/applicants?per_page=80").get("meta").get("per_page").asInt());

        for (String bad : new String[] {"{\"no_such_setting\": 1}", "{\"timestamp_format\": \"unix\"}",
                "{\"rate_limit_window_seconds\": 0}", "[1]", "{\"counts\": {\"applicants\": -1}}"}) {
            SageHrClient.Reply reply = RUNNING.client().control("PUT", "/settings", bad);
            assertEquals(400, reply.status(), bad);
        }
        assertEquals(50, RUNNING.client().control("GET", "/settings", null).json().get("per_page_max").asInt());
        assertEquals(400, RUNNING.client().control("POST", "/mutations", "{\"delete_everything\": true}").status());
    }

    @Test
    void newCountsRegenerateTheDataSet() {
        RUNNING.client().control("PUT", "/settings", "{\"counts\": {\"applicants\": 40, \"positions\": 5}}");
        JsonNode state = RUNNING.client().control("GET", "/state", null).json();
        assertEquals(5, state.get("counts").get("positions").asInt());
        assertEquals(40, state.get("counts").get("applicants").asInt());
        assertEquals(25, state.get("counts").get("employees").asInt());
    }

    @Test
    void resetRestoresTheGeneratedDataAndStartSettings() {
        String before = RUNNING.client().get("/recruitment/positions?per_page=100").body();
        String applicantBefore = RUNNING.client().get("/recruitment/applicants/1").body();
        RUNNING.client().control("POST", "/mutations", "{\"change_positions\": 12, \"delete_applicants\": 150}");
        RUNNING.client().control("PUT", "/settings", "{\"timestamp_format\": \"iso_offset\"}");
        assertFalse(before.equals(RUNNING.client().get("/recruitment/positions?per_page=100").body()), "titles changed");
        assertEquals(404, RUNNING.client().get("/recruitment/applicants/1").status());
        assertEquals(0, RUNNING.client().control("GET", "/state", null).json().get("counts").get("applicants").asInt());

        JsonNode state = RUNNING.client().control("POST", "/reset", null).json();
        assertEquals("space_offset", state.get("settings").get("timestamp_format").asText());
        assertEquals(150, state.get("counts").get("applicants").asInt());
        assertEquals(before, RUNNING.client().get("/recruitment/positions?per_page=100").body());
        assertEquals(applicantBefore, RUNNING.client().get("/recruitment/applicants/1").body());
    }

    @Test
    void resetAlsoRestoresTheStartCounts() {
        RUNNING.client().control("PUT", "/settings", "{\"counts\": {\"employees\": 3}}");
        assertEquals(3, RUNNING.client().json("/employees").get("meta").get("total_entries").asInt());
        RUNNING.client().control("POST", "/reset", null);
        assertEquals(25, RUNNING.client().json("/employees").get("meta").get("total_entries").asInt());
    }
}
