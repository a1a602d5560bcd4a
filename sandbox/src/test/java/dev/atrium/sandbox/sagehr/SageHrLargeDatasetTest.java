package dev.atrium.sandbox.sagehr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SandboxOptions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A million applicants are served lazily: counts and any page are computed, not stored. */
class SageHrLargeDatasetTest {

    private static final int APPLICANTS = 1_000_000;
    @RegisterExtension
    static final RunningSandbox RUNNING = RunningSandbox.keepingState(
            SandboxOptions.defaults().withSagehr(SageHrSettings.defaults()
                    .withCounts(SageHrCounts.defaults().withPositions(40).withApplicants(APPLICANTS))));

    @Test
    void totalsAddUpToAMillion() {
        long total = 0;
        for (JsonNode p : RUNNING.client().all("/recruitment/positions")) {
            JsonNode meta = RUNNING.client().json("/recruitment/positions/" + p.get("id").asLong() + "/applicants?per_page=1").get("meta");
            assertEquals(p.get("applicants_count").asLong(), meta.get("total_entries").asLong());
            total += meta.get("total_entries").asLong();
        }
        assertEquals(APPLICANTS, total);
        assertEquals(APPLICANTS, RUNNING.client().control("GET", "/state", null).json().get("counts").get("applicants").asLong());
    }

    @Test
    void aPageFromTheMiddleOfTheLargestPositionIsServed() {
        JsonNode largest = null;
        for (JsonNode p : RUNNING.client().all("/recruitment/positions")) {
            if (largest == null || p.get("applicants_count").asLong() > largest.get("applicants_count").asLong()) {
                largest = p;
            }
        }
        long positionId = largest.get("id").asLong();
        long count = largest.get("applicants_count").asLong();
        assertTrue(count > 10_000);
        long middle = (count / 100) / 2 + 1;
        JsonNode page = RUNNING.client().json("/recruitment/positions/" + positionId + "/applicants?per_page=100&page=" + middle);
        assertEquals(100, page.get("data").size());
        assertEquals(middle, page.get("meta").get("current_page").asLong());
        assertEquals(middle + 1, page.get("meta").get("next_page").asLong());
        long previousId = 0;
        for (JsonNode a : page.get("data")) {
            assertTrue(a.get("id").asLong() > previousId);
            previousId = a.get("id").asLong();
        }
        JsonNode detail = RUNNING.client().json("/recruitment/applicants/" + previousId).get("data");
        assertEquals(positionId, detail.get("position_id").asLong());
        assertEquals(page.get("data").get(99).get("email"), detail.get("email"));
    }

    @Test
    void theLastGeneratedIdExistsAndTheNextDoesNot() {
        assertEquals(200, RUNNING.client().get("/recruitment/applicants/" + APPLICANTS).status());
        assertEquals(404, RUNNING.client().get("/recruitment/applicants/" + (APPLICANTS + 1)).status());
    }

    @Test
    void mutationsAndDuplicateChecksWorkAtThisSize() {
        try {
            MutationResult result = RUNNING.sandbox().sagehr().mutate(MutationRequest.none().withDeleteApplicants(3).withChangeApplicants(3));
            assertEquals(3, result.deletedApplicants().size());
            assertEquals(APPLICANTS - 3, RUNNING.sandbox().sagehr().state().counts().applicants());
            for (long id : result.deletedApplicants()) {
                assertEquals(404, RUNNING.client().get("/recruitment/applicants/" + id).status());
            }
            RUNNING.client().control("PUT", "/settings", "{\"email_uniqueness\": \"per_company\"}");
            JsonNode open = RUNNING.client().all("/recruitment/positions?status=published").get(0);
            String taken = RUNNING.client().json("/recruitment/applicants/" + (APPLICANTS - 10)).get("data").get("email").asText();
            List<Long> deleted = result.deletedApplicants();
            if (!deleted.contains((long) APPLICANTS - 10)) {
                SageHrClient.Reply reply = RUNNING.client().postJson("/recruitment/positions/" + open.get("id").asLong() + "/applicants",
                        "{\"applicant\": {\"first_name\": \"Dup\", \"email\": \"" + taken + "\"}}");
                assertEquals(422, reply.status());
            }
        } finally {
            RUNNING.sandbox().sagehr().reset();
        }
    }
}
