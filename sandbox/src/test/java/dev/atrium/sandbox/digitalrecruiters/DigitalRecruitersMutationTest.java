package dev.atrium.sandbox.digitalrecruiters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The control API's mutations: what they touch is seen by later reads, and the same calls touch the same records. */
class DigitalRecruitersMutationTest {

    private static final String ALL_KINDS = "{\"delete_applications\": 5, \"change_applications\": 6, \"delete_job_ads\": 1,"
            + " \"change_job_ads\": 2, \"close_job_ads\": 2, \"create_applications\": 4}";

    @RegisterExtension
    static final RunningDigitalRecruiters RUNNING = RunningDigitalRecruiters.resettingAfterEach(
            DigitalRecruitersSettings.defaults().withFeedCacheSeconds(0));

    @Test
    void theSameCallsOnTheSameSeedTouchTheSameRecords() {
        DigitalRecruitersClient c = RUNNING.client();
        JsonNode first = c.control("POST", "/mutations", ALL_KINDS).json();
        JsonNode second = c.control("POST", "/mutations", ALL_KINDS).json();
        assertNotEquals(first, second, "a later call draws other records");
        c.control("POST", "/reset", null);
        assertEquals(first, c.control("POST", "/mutations", ALL_KINDS).json());
        assertEquals(second, c.control("POST", "/mutations", ALL_KINDS).json());
    }

    @Test
    void laterReadsSeeEveryKindOfChange() {
        DigitalRecruitersClient c = RUNNING.client();
        Map<Long, JsonNode> before = byId(c.allApplications("?limit=100"));
        JsonNode result = c.control("POST", "/mutations", ALL_KINDS).json();
        Map<Long, JsonNode> after = byId(c.allApplications("?limit=100"));

        result.get("deleted_applications").forEach(id -> assertFalse(after.containsKey(id.asLong())));
        result.get("applications_removed_with_job_ads").forEach(id -> assertFalse(after.containsKey(id.asLong())));
        result.get("created_applications").forEach(id -> assertTrue(after.containsKey(id.asLong())));
        assertEquals(before.size() - 5 - result.get("applications_removed_with_job_ads").size() + 4, after.size());
        assertEquals(6, result.get("changed_applications").size());
        for (JsonNode id : result.get("changed_applications")) {
            JsonNode old = before.get(id.asLong());
            JsonNode now = after.get(id.asLong());
            assertNotEquals(old.get("lastName"), now.get("lastName"));
            assertNotEquals(old.get("phoneNumber"), now.get("phoneNumber"));
            assertTrue(OffsetDateTime.parse(now.get("updatedAt").asText()).isAfter(OffsetDateTime.parse(old.get("updatedAt").asText())));
        }

        Set<String> feed = new HashSet<>();
        Map<String, String> titles = new HashMap<>();
        c.feed().get("ads").forEach(ad -> {
            feed.add(ad.get("reference").asText());
            titles.put(ad.get("reference").asText(), ad.get("title").asText());
        });
        result.get("closed_job_ads").forEach(r -> assertFalse(feed.contains(r.asText()), "closed ads leave the feed"));
        result.get("deleted_job_ads").forEach(r -> assertFalse(feed.contains(r.asText())));
        JsonNode state = c.control("GET", "/state", null).json();
        assertEquals(after.size(), state.at("/counts/applications").asInt());
        assertEquals(feed.size(), state.at("/counts/open_job_ads").asInt());
        assertEquals(2, state.at("/closed/job_ads").asInt());
        assertEquals(1, state.at("/deleted/job_ads").asInt());
        assertEquals(1, state.get("mutation_calls").asInt());
    }

    @Test
    void changedApplicationsMoveOneLevelUpUntilHiredOrRefused() {
        DigitalRecruitersClient c = RUNNING.client();
        Map<Long, JsonNode> before = byId(c.allApplications("?limit=100"));
        JsonNode result = c.control("POST", "/mutations", "{\"change_applications\": 40}").json();
        Map<Long, JsonNode> after = byId(c.allApplications("?limit=100"));
        List<String> order = DigitalRecruitersSettings.GLOBAL_STAGE_NAMES;
        int moved = 0;
        for (JsonNode id : result.get("changed_applications")) {
            String from = before.get(id.asLong()).get("status").asText();
            String to = after.get(id.asLong()).get("status").asText();
            if (from.equals("Hiring") || from.equals("Refusal")) {
                assertEquals(from, to, "final levels stay");
            } else {
                assertEquals(order.indexOf(from) + 1, order.indexOf(to));
                moved++;
            }
        }
        assertTrue(moved > 0);
    }

    @Test
    void badRequestsAreRefusedAndResetRestoresTheGeneratedData() {
        DigitalRecruitersClient c = RUNNING.client();
        JsonNode initial = c.control("GET", "/state", null).json();
        assertEquals(400, c.control("POST", "/mutations", "{\"delete_applications\": -1}").status());
        assertEquals(400, c.control("POST", "/mutations", "{\"delete_applications\": 10001}").status());
        assertEquals(400, c.control("POST", "/mutations", "{\"explode\": 1}").status());
        assertEquals(400, c.control("PUT", "/settings", "{\"limit_default\": 500}").status());
        assertEquals(400, c.control("PUT", "/settings", "{\"no_such_setting\": 1}").status());
        c.control("POST", "/mutations", ALL_KINDS);
        JsonNode reset = c.control("POST", "/reset", null).json();
        assertEquals(initial.get("counts"), reset.get("counts"));
        assertEquals(0, reset.get("mutation_calls").asInt());
    }

    @Test
    void newCountsRegenerateTheData() {
        DigitalRecruitersClient c = RUNNING.client();
        c.control("PUT", "/settings", "{\"counts\": {\"job_ads\": 5, \"applications\": 12}}");
        assertEquals(12, c.allApplications("").size());
        assertEquals(5, c.control("GET", "/state", null).json().at("/counts/job_ads").asInt());
    }

    private static Map<Long, JsonNode> byId(List<JsonNode> items) {
        Map<Long, JsonNode> map = new HashMap<>();
        items.forEach(a -> map.put(a.get("id").asLong(), a));
        return map;
    }
}
