package dev.atrium.sandbox.phenom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A million applications computed on demand: any page, any candidate, and mutations on them. */
class PhenomLargeDatasetTest {

    private static final int MILLION = 1_000_000;

    @RegisterExtension
    static final RunningPhenom RUNNING = RunningPhenom.resettingAfterEach(SandboxOptions.defaults()
            .withPhenom(PhenomSettings.defaults().withCounts(new PhenomCounts(400, MILLION, 60))));

    @Test
    void theLastPagesAndLateCandidatesAreServed() {
        JsonNode last = RUNNING.client().json("/apply/v2/applications?offset=" + (MILLION - 30) + "&limit=100");
        assertEquals(30, last.get("data").size());
        assertEquals(0, RUNNING.client().json("/apply/v2/applications?offset=" + MILLION + "&limit=100").get("data").size());
        String candidateId = last.get("data").get(29).get("candidateData").get("candidateId").asText();
        JsonNode candidate = RUNNING.client().json("/candidates-api/v1/candidates?candidateId=" + candidateId).get("data");
        assertEquals(candidateId, candidate.get("candidateId").asText());
        String email = candidate.get("emailList").get(candidate.get("emailList").size() - 1).get("emailId").asText();
        assertEquals(candidateId, RUNNING.client().json("/candidates-api/v1/candidates?email=" + email)
                .get("data").get("candidateId").asText());
    }

    @Test
    void aBigJobPagesByFromAndSizeAndDeletionsSkipNothing() {
        JsonNode job = RUNNING.client().allJobs(null).get(0);
        String path = "/candidates-api/applications/v1/jobs/" + job.get("jobId").asText() + "/applicants";
        JsonNode first = RUNNING.client().json(path + "?from=0&size=100");
        long total = first.get("pagination").get("total").asLong();
        assertTrue(total > 1_000, "total " + total);
        JsonNode tail = RUNNING.client().json(path + "?from=" + (total - 5) + "&size=100");
        assertEquals(5, tail.get("data").get("candidates").size());
        JsonNode result = RUNNING.client().control("POST", "/mutations", "{\"delete_applications\": 2000}").json();
        assertEquals(2000, result.get("deleted_applications").size());
        JsonNode state = RUNNING.client().control("GET", "/state", null).json();
        assertEquals(MILLION - 2000, state.get("counts").get("applications").asInt());
        assertEquals(100, RUNNING.client().json("/apply/v2/applications?offset=" + (MILLION - 2100) + "&limit=100")
                .get("data").size());
        assertEquals(0, RUNNING.client().json("/apply/v2/applications?offset=" + (MILLION - 2000) + "&limit=100")
                .get("data").size());
    }
}
