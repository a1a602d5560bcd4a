package dev.atrium.sandbox.paycor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code createdOrModifiedStartDate/EndDate}: exact at day level on generated data, exact after mutations. */
class PaycorDateFilterTest {

    @RegisterExtension
    static final RunningPaycor RUNNING = RunningPaycor.resettingAfterEach(SandboxOptions.defaults()
            .withPaycor(PaycorSettings.defaults().withCounts(PaycorCounts.defaults().withCandidates(3_000))));

    @Test
    void aStartDateAfterAMutationFindsExactlyTheMutatedCandidates() {
        PaycorClient client = RUNNING.client();
        String clock = client.control("GET", "/state", null).json().get("clock").asText();
        String since = clock.substring(0, 19) + "Z";
        assertEquals(Set.of(), changedSince(since), "nothing changed yet");

        JsonNode result = client.mutate("{\"change_candidates\": 6, \"create_candidates\": 4, \"delete_candidates\": 3}");
        Set<String> expected = new HashSet<>();
        result.get("changed_candidates").forEach(n -> expected.add(n.asText()));
        result.get("created_candidates").forEach(n -> expected.add(n.asText()));
        assertEquals(10, expected.size());
        assertEquals(expected, changedSince(since));
        assertEquals(expected, changedSince(since.substring(0, 10)), "a date alone covers the day the clock started on");

        // The clock is the time of the newest write, and the start is inclusive: ask from the next second.
        String later = Instant.parse(client.control("GET", "/state", null).json().get("clock").asText())
                .plusSeconds(1).toString();
        JsonNode second = client.mutate("{\"change_candidates\": 2}");
        Set<String> secondIds = new HashSet<>();
        second.get("changed_candidates").forEach(n -> secondIds.add(n.asText()));
        assertEquals(secondIds, changedSince(later), "only what changed after the second point in time");
    }

    @Test
    void anEndDateBeforeTheMutationsExcludesThem() {
        PaycorClient client = RUNNING.client();
        String clock = client.control("GET", "/state", null).json().get("clock").asText();
        JsonNode result = client.mutate("{\"change_candidates\": 5}");
        Set<String> changed = new HashSet<>();
        result.get("changed_candidates").forEach(n -> changed.add(n.asText()));
        int listed = 0;
        for (JsonNode job : client.jobs()) {
            for (JsonNode c : client.all(client.candidatesOf(job.get("id").asText()) + "?createdOrModifiedEndDate=" + clock)) {
                assertFalse(changed.contains(c.get("id").asText()));
                listed++;
            }
        }
        assertEquals(3_000 - 5, listed, "everything else was modified before the clock's start");
    }

    @Test
    void aOneDayWindowReturnsExactlyTheCandidatesModifiedThatDay() {
        PaycorClient client = RUNNING.client();
        List<JsonNode> all = new ArrayList<>();
        List<String> jobIds = new ArrayList<>();
        for (JsonNode job : client.jobs()) {
            jobIds.add(job.get("id").asText());
            all.addAll(client.all(client.candidatesOf(job.get("id").asText())));
        }
        // The busiest modified day, so the window is not trivially empty.
        Map<String, Long> perDay = new HashMap<>();
        all.forEach(c -> perDay.merge(c.get("modifiedDate").asText(), 1L, Long::sum));
        String day = perDay.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String iso = day.substring(6, 10) + "-" + day.substring(0, 2) + "-" + day.substring(3, 5);
        Set<String> expected = new HashSet<>();
        all.stream().filter(c -> c.get("modifiedDate").asText().equals(day)).forEach(c -> expected.add(c.get("id").asText()));
        Set<String> found = new HashSet<>();
        for (String jobId : jobIds) {
            client.all(client.candidatesOf(jobId) + "?createdOrModifiedStartDate=" + iso + "&createdOrModifiedEndDate=" + iso)
                    .forEach(c -> found.add(c.get("id").asText()));
        }
        assertTrue(expected.size() > 1);
        assertEquals(expected, found);
    }

    @Test
    void createdOrModifiedCanAlsoMatchOnTheCreatedDate() {
        PaycorClient client = RUNNING.client();
        client.control("PUT", "/settings", "{\"date_filter_match\": \"created_or_modified\"}");
        String jobId = client.all(client.ats() + "/jobs?status=ACTIVE").get(0).get("id").asText();
        List<JsonNode> all = client.all(client.candidatesOf(jobId));
        JsonNode changedLater = all.stream().filter(c -> !c.get("createdDate").equals(c.get("modifiedDate")))
                .findFirst().orElseThrow();
        String day = changedLater.get("createdDate").asText();
        String iso = day.substring(6, 10) + "-" + day.substring(0, 2) + "-" + day.substring(3, 5);
        Set<String> expected = new HashSet<>();
        all.stream().filter(c -> c.get("createdDate").asText().equals(day) || c.get("modifiedDate").asText().equals(day))
                .forEach(c -> expected.add(c.get("id").asText()));
        Set<String> found = new HashSet<>();
        client.all(client.candidatesOf(jobId) + "?createdOrModifiedStartDate=" + iso + "&createdOrModifiedEndDate=" + iso)
                .forEach(c -> found.add(c.get("id").asText()));
        assertTrue(found.contains(changedLater.get("id").asText()), "matched on its created date alone");
        assertEquals(expected, found);
    }

    @Test
    void anUnreadableDateIs400UnlessTheSettingsSayIgnore() {
        PaycorClient client = RUNNING.client();
        String path = client.candidatesOf(client.jobs().get(0).get("id").asText()) + "?createdOrModifiedStartDate=yesterday";
        PaycorClient.Reply reply = client.get(path);
        assertEquals(400, reply.status());
        assertTrue(reply.json().get("source").has("createdOrModifiedStartDate"));
        client.control("PUT", "/settings", "{\"reject_invalid_date_filter\": false}");
        assertEquals(200, client.get(path).status());
    }

    private static Set<String> changedSince(String start) {
        PaycorClient client = RUNNING.client();
        Set<String> ids = new HashSet<>();
        for (JsonNode job : client.jobs()) {
            client.all(client.candidatesOf(job.get("id").asText()) + "?createdOrModifiedStartDate=" + start)
                    .forEach(c -> ids.add(c.get("id").asText()));
        }
        return ids;
    }
}
