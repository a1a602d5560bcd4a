package dev.atrium.sandbox.paycor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Continuation-token paging: at most 100 records, stable tokens, a clean end, unknown tokens refused. */
class PaycorPagingTest {

    @RegisterExtension
    static final RunningPaycor RUNNING = RunningPaycor.resettingAfterEach(SandboxOptions.defaults()
            .withPaycor(PaycorSettings.defaults().withCounts(PaycorCounts.defaults().withJobs(150).withCandidates(20_000))));

    @Test
    void candidatesComeInPagesOfAtMostAHundredUntilHasMoreResultsIsFalse() {
        PaycorClient client = RUNNING.client();
        String path = client.candidatesOf(largestJob());
        List<String> ids = new ArrayList<>();
        JsonNode page = client.json(path);
        int pages = 1;
        while (true) {
            assertTrue(page.get("records").size() <= 100);
            page.get("records").forEach(r -> ids.add(r.get("id").asText()));
            if (!page.get("hasMoreResults").asBoolean()) {
                break;
            }
            assertEquals(100, page.get("records").size());
            String token = page.get("continuationToken").asText();
            assertTrue(token.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), token);
            assertTrue(page.get("additionalResultsUrl").asText().endsWith("continuationToken=" + token));
            JsonNode again = client.json(path + "?continuationToken=" + token);
            JsonNode next = client.json(path + "?continuationToken=" + token);
            assertEquals(again, next, "the same token gives the same page");
            page = next;
            pages++;
        }
        assertTrue(pages >= 3, "the largest job spans several pages, had " + pages);
        assertTrue(page.get("continuationToken").isNull());
        assertTrue(page.get("additionalResultsUrl").isNull());
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no record twice");
    }

    @Test
    void jobsArePagedTooAndAdditionalResultsUrlCanBeFollowed() {
        PaycorClient client = RUNNING.client();
        JsonNode first = client.json(client.ats() + "/jobs?include=Recruiters");
        assertEquals(100, first.get("records").size());
        assertTrue(first.get("hasMoreResults").asBoolean());
        String url = first.get("additionalResultsUrl").asText();
        assertTrue(url.startsWith(client.ats() + "/jobs?"), url);
        assertTrue(url.contains("include=Recruiters"), "the url keeps the request's parameters: " + url);
        JsonNode second = client.json(url);
        assertEquals(50, second.get("records").size());
        assertFalse(second.get("hasMoreResults").asBoolean());
        assertTrue(second.get("records").get(0).get("recruiters").isArray());
        assertEquals(150, client.jobs().size());
    }

    @Test
    void unknownTokensAndTokensOfAnotherListAre400() {
        PaycorClient client = RUNNING.client();
        PaycorClient.Reply unknown = client.get(client.ats() + "/jobs?continuationToken=3ac2fca9-09f2-49fb-86d7-b1b84ed6ca74");
        assertEquals(400, unknown.status());
        PaycorAccessTest.assertPaycorError(unknown.json());
        assertTrue(unknown.json().get("source").has("continuationToken"));
        String jobsToken = client.json(client.ats() + "/jobs").get("continuationToken").asText();
        assertEquals(400, client.get(client.candidatesOf(largestJob()) + "?continuationToken=" + jobsToken).status());
    }

    @Test
    void tokensExpireAfterTheirLifetime() throws InterruptedException {
        PaycorClient client = RUNNING.client();
        client.control("PUT", "/settings", "{\"continuation_token_ttl_seconds\": 1}");
        String token = client.json(client.ats() + "/jobs").get("continuationToken").asText();
        assertEquals(200, client.get(client.ats() + "/jobs?continuationToken=" + token).status());
        Thread.sleep(2100);
        assertEquals(400, client.get(client.ats() + "/jobs?continuationToken=" + token).status());
    }

    @Test
    void deletionsBetweenPagesNeitherSkipNorRepeatRecords() {
        PaycorClient client = RUNNING.client();
        String path = client.candidatesOf(largestJob());
        List<String> before = ids(client.all(path));
        JsonNode page = client.json(path);
        List<String> seen = ids(page.get("records"));
        JsonNode result = client.mutate("{\"delete_candidates\": 2000}");
        Set<String> deleted = new HashSet<>();
        result.get("deleted_candidates").forEach(n -> deleted.add(n.asText()));
        while (page.get("hasMoreResults").asBoolean()) {
            page = client.json(path + "?continuationToken=" + page.get("continuationToken").asText());
            seen.addAll(ids(page.get("records")));
        }
        List<String> expected = new ArrayList<>(before);
        expected.removeIf(id -> deleted.contains(id) && !before.subList(0, 100).contains(id));
        assertTrue(before.size() - expected.size() > 5, "some later records were deleted");
        assertEquals(expected, seen);
    }

    @Test
    void additionalResultsUrlCanNameTheTokenAsTheVendorSampleDoes() {
        PaycorClient client = RUNNING.client();
        client.control("PUT", "/settings", "{\"additional_results_url_param\": \"continuationTokenId\"}");
        JsonNode first = client.json(client.ats() + "/jobs");
        String url = first.get("additionalResultsUrl").asText();
        assertTrue(url.endsWith("?continuationTokenId=" + first.get("continuationToken").asText()), url);
        assertEquals(client.json(client.ats() + "/jobs?continuationToken=" + first.get("continuationToken").asText()),
                client.json(url));
    }

    @Test
    void thePageSizeIsASetting() {
        PaycorClient client = RUNNING.client();
        client.control("PUT", "/settings", "{\"page_size\": 7}");
        assertEquals(7, client.json(client.ats() + "/jobs").get("records").size());
        assertEquals(400, client.control("PUT", "/settings", "{\"page_size\": 101}").status());
    }

    /** Found through the Java API; the vendor API has no count. */
    private static String largestJob() {
        var base = RUNNING.paycor().store().base();
        int best = 0;
        for (int j = 1; j < base.jobs().size(); j++) {
            best = base.layout().size(j) > base.layout().size(best) ? j : best;
        }
        assertTrue(base.layout().size(best) > 250, "largest job has " + base.layout().size(best));
        return base.jobs().get(best).id();
    }

    private static List<String> ids(Iterable<JsonNode> records) {
        List<String> ids = new ArrayList<>();
        records.forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }
}
