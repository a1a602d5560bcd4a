package dev.atrium.sandbox.paycor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.SimulatorClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fault layer in front of the Paycor routes, driven through {@code /_control/paycor/faults}. */
class PaycorFaultsTest {

    @RegisterExtension
    static final RunningPaycor RUNNING = RunningPaycor.resettingAfterEach(SandboxOptions.defaults().withSeed(3)
            .withPaycor(PaycorSettings.defaults().withCounts(PaycorCounts.defaults().withJobs(12))));

    @AfterEach
    void clearFaults() {
        assertEquals(200, RUNNING.client().control("DELETE", "/faults", null).status());
    }

    @Test
    void aRepeatedPageHandsBackTheSameContinuationTokenForever() {
        assertEquals(200, RUNNING.client().control("PUT", "/settings", "{\"page_size\": 5}").status());
        String jobs = RUNNING.client().ats() + "/jobs";
        RUNNING.client().json(jobs);
        setFaults("{\"repeat_page\": true}");
        JsonNode first = RUNNING.client().json(jobs);
        String token = first.get("continuationToken").asText();
        assertTrue(first.get("hasMoreResults").asBoolean());
        for (int i = 0; i < 3; i++) {
            JsonNode again = RUNNING.client().json(jobs + "?continuationToken=" + token);
            assertEquals(first, again);
        }
        RUNNING.client().control("DELETE", "/faults", null);
        JsonNode second = RUNNING.client().json(jobs + "?continuationToken=" + token);
        assertTrue(!first.get("records").equals(second.get("records")), "without the fault the token moves on");
    }

    @Test
    void faultsLimitedToTheAtsPathsLeaveTokenCallsAlone() {
        RUNNING.client().login();
        setFaults("{\"errors\": {\"503\": 1.0}, \"paths\": \"/v1/legalEntities/.*\"}");
        SimulatorClient.Reply refused = RUNNING.client().get(RUNNING.client().ats() + "/jobs");
        assertEquals(503, refused.status());
        RUNNING.client().login();
        JsonNode report = RUNNING.client().control("GET", "/faults", null).json();
        assertEquals(1, report.at("/counts/requests").asLong(), "the token call was not counted");
        assertEquals(3, report.get("list_routes").size());
    }

    private static void setFaults(String spec) {
        SimulatorClient.Reply reply = RUNNING.client().control("POST", "/faults", spec);
        assertEquals(200, reply.status(), reply.body());
    }
}
