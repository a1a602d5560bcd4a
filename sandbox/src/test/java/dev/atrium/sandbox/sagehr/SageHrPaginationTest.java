package dev.atrium.sandbox.sagehr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SandboxOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The page/per_page contract and its meta block, on recruitment and core lists. */
class SageHrPaginationTest {

    @RegisterExtension
    static final RunningSandbox RUNNING = RunningSandbox.resettingAfterEach(
            SandboxOptions.defaults().withSagehr(SageHrSettings.defaults()
                    .withCounts(new SageHrCounts(23, 2000, 120, 6, 4, 3, 8))));

    @Test
    void walkingPagesVisitsEveryPositionOnceWithConsistentMeta() {
        List<Long> ids = new ArrayList<>();
        int page = 1;
        while (true) {
            JsonNode body = RUNNING.client().json("/recruitment/positions?per_page=5&page=" + page);
            JsonNode meta = body.get("meta");
            assertEquals(page, meta.get("current_page").asInt());
            assertEquals(5, meta.get("per_page").asInt());
            assertEquals(23, meta.get("total_entries").asInt());
            assertEquals(5, meta.get("total_pages").asInt());
            assertEquals(page == 1, meta.get("previous_page").isNull());
            if (page > 1) {
                assertEquals(page - 1, meta.get("previous_page").asInt());
            }
            body.get("data").forEach(p -> ids.add(p.get("id").asLong()));
            if (meta.get("next_page").isNull()) {
                assertEquals(5, page);
                assertEquals(3, body.get("data").size());
                break;
            }
            assertEquals(page + 1, meta.get("next_page").asInt());
            assertEquals(5, body.get("data").size());
            page++;
        }
        assertEquals(23, ids.size());
        assertEquals(23, new HashSet<>(ids).size());
    }

    @Test
    void aPagePastTheEndIsEmptyWithTheSameTotals() {
        JsonNode body = RUNNING.client().json("/recruitment/positions?per_page=10&page=9");
        assertEquals(0, body.get("data").size());
        JsonNode meta = body.get("meta");
        assertEquals(9, meta.get("current_page").asInt());
        assertTrue(meta.get("next_page").isNull());
        assertEquals(8, meta.get("previous_page").asInt());
        assertEquals(3, meta.get("total_pages").asInt());
        assertEquals(23, meta.get("total_entries").asInt());
    }

    @Test
    void perPageDefaultsTo30AndIsClampedAt100() {
        JsonNode largest = largestPosition();
        long positionId = largest.get("id").asLong();
        assertTrue(largest.get("applicants_count").asInt() > 100, "the fixture needs a position above 100 applicants");

        JsonNode defaults = RUNNING.client().json("/recruitment/positions/" + positionId + "/applicants");
        assertEquals(30, defaults.get("meta").get("per_page").asInt());
        assertEquals(30, defaults.get("data").size());

        JsonNode clamped = RUNNING.client().json("/recruitment/positions/" + positionId + "/applicants?per_page=500");
        assertEquals(100, clamped.get("meta").get("per_page").asInt());
        assertEquals(100, clamped.get("data").size());
    }

    @Test
    void perPageAboveTheMaxCanBeRejectedInstead() {
        RUNNING.client().control("PUT", "/settings", "{\"per_page_overflow\": \"reject\"}");
        SageHrClient.Reply reply = RUNNING.client().get("/recruitment/positions?per_page=101");
        assertEquals(422, reply.status());
        assertEquals("validation_failed", reply.json().get("error_code").asText());
        assertEquals(200, RUNNING.client().get("/recruitment/positions?per_page=100").status());
    }

    @Test
    void coreListsHaveAFixedPageSizeOf50AndIgnorePerPage() {
        JsonNode first = RUNNING.client().json("/employees?per_page=10");
        assertEquals(50, first.get("data").size());
        assertEquals(50, first.get("meta").get("per_page").asInt());
        assertEquals(3, first.get("meta").get("total_pages").asInt());
        assertEquals(120, first.get("meta").get("total_entries").asInt());
        JsonNode last = RUNNING.client().json("/employees?page=3");
        assertEquals(20, last.get("data").size());
        assertTrue(last.get("meta").get("next_page").isNull());
        assertEquals(0, RUNNING.client().json("/employees?page=4").get("data").size());
    }

    @Test
    void applicantPagesPartitionThePositionsApplicants() {
        JsonNode largest = largestPosition();
        int count = largest.get("applicants_count").asInt();
        List<JsonNode> all = RUNNING.client().all("/recruitment/positions/" + largest.get("id").asLong() + "/applicants");
        assertEquals(count, all.size());
        assertEquals(count, all.stream().map(a -> a.get("id").asLong()).distinct().count());
    }

    private JsonNode largestPosition() {
        JsonNode best = null;
        for (JsonNode p : RUNNING.client().all("/recruitment/positions")) {
            if (best == null || p.get("applicants_count").asInt() > best.get("applicants_count").asInt()) {
                best = p;
            }
        }
        return best;
    }
}
