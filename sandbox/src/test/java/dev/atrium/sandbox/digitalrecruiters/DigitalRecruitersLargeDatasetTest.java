package dev.atrium.sandbox.digitalrecruiters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.digitalrecruiters.generate.IdSpace;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A million applications are generated on demand: any page, deep or filtered, is served without the others. */
class DigitalRecruitersLargeDatasetTest {

    private static final int MILLION = 1_000_000;

    @RegisterExtension
    static final RunningDigitalRecruiters RUNNING = RunningDigitalRecruiters.resettingAfterEach(
            DigitalRecruitersSettings.defaults().withCounts(new DigitalRecruitersCounts(400, MILLION, 40, 12)));

    @Test
    void aDeepPageHoldsTheApplicationsAtItsOffset() {
        JsonNode page = RUNNING.client().json(DigitalRecruitersClient.APPLICATIONS + "?limit=100&page=9000");
        JsonNode items = page.at("/data/items");
        assertEquals(100, items.size());
        assertEquals(IdSpace.APPLICATION_BASE + 899_900, items.get(0).get("id").asLong());
        JsonNode last = RUNNING.client().json(DigitalRecruitersClient.APPLICATIONS + "?limit=100&page=10000");
        assertEquals(IdSpace.APPLICATION_BASE + MILLION - 1, last.at("/data/items").get(99).get("id").asLong());
        assertTrue(last.at("/data/links/next").isNull());
        assertEquals(MILLION, RUNNING.client().control("GET", "/state", null).json().at("/counts/applications").asInt());
    }

    @Test
    void deletionsAreSkippedOnDeepPages() {
        DigitalRecruitersClient c = RUNNING.client();
        JsonNode result = c.control("POST", "/mutations", "{\"delete_applications\": 500, \"delete_job_ads\": 3}").json();
        Set<Long> gone = new HashSet<>();
        result.get("deleted_applications").forEach(id -> gone.add(id.asLong()));
        result.get("applications_removed_with_job_ads").forEach(id -> gone.add(id.asLong()));
        long live = MILLION - gone.size();
        assertEquals(live, c.control("GET", "/state", null).json().at("/counts/applications").asLong());
        long lastPage = (live + 99) / 100;
        JsonNode tail = c.json(DigitalRecruitersClient.APPLICATIONS + "?limit=100&page=" + lastPage);
        assertEquals(live - (lastPage - 1) * 100, tail.at("/data/items").size());
        assertEquals(IdSpace.APPLICATION_BASE + MILLION - 1 - (gone.contains(IdSpace.APPLICATION_BASE + MILLION - 1) ? 1 : 0),
                tail.at("/data/items").get(tail.at("/data/items").size() - 1).get("id").asLong(),
                "the last page ends with the last live application");
        for (long p = 1; p <= 5000; p += 1249) {
            for (JsonNode a : c.json(DigitalRecruitersClient.APPLICATIONS + "?limit=100&page=" + p).at("/data/items")) {
                assertFalse(gone.contains(a.get("id").asLong()));
            }
        }
    }

    @Test
    void sortingByNameIsRefusedPastTheScanLimitRatherThanServedWrong() {
        assertEquals(400, RUNNING.client().get(DigitalRecruitersClient.APPLICATIONS + "?sort=lastName").status());
        assertEquals(200, RUNNING.client().get(DigitalRecruitersClient.APPLICATIONS + "?sort=createdAt&page=5000").status());
    }
}
