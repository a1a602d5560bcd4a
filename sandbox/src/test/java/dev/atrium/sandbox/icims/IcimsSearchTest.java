package dev.atrium.sandbox.icims;

import static dev.atrium.sandbox.icims.IcimsClient.filter;
import static dev.atrium.sandbox.icims.IcimsClient.json;
import static dev.atrium.sandbox.icims.IcimsClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.SimulatorClient.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Search API: ids only, ascending, at most 1000, the id keyset, date ranges, relations and errors (fact sheet A4). */
class IcimsSearchTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd hh:mm a", Locale.US);

    @RegisterExtension
    static final RunningIcims RUNNING = RunningIcims.keepingState(
            SandboxOptions.defaults().withIcims(IcimsSettings.defaults().withCounts(new IcimsCounts(30, 2_500, 12))));

    @Test
    void answersAtMostAThousandAscendingIdsAndTheKeysetWalksEveryPerson() {
        IcimsClient client = RUNNING.client();
        JsonNode first = json(client.search("people", query(filter("person.id", ">", "0")))).get("searchResults");
        assertEquals(1000, first.size());
        long previous = 0;
        for (JsonNode r : first) {
            assertTrue(r.get("id").asLong() > previous);
            previous = r.get("id").asLong();
            assertTrue(r.get("self").asText().endsWith(client.customer + "/people/" + previous));
            assertEquals(2, r.size(), "ids only");
        }
        List<Long> all = client.searchAll("people", "person", List.of());
        assertEquals(2_500 + 12, all.size(), "every candidate and user, once");
        assertEquals(all.stream().distinct().sorted().toList(), all);
    }

    @Test
    void theGetFormWithSearchJsonAnswersTheSame() {
        IcimsClient client = RUNNING.client();
        ObjectNode body = query(filter("job.folder", "=", "D31001"));
        JsonNode posted = json(client.search("jobs", body));
        JsonNode got = json(client.get("/search/jobs?searchJson=" + URLEncoder.encode(body.toString(), StandardCharsets.UTF_8)));
        assertEquals(posted, got);
        assertFalse(got.get("searchResults").isEmpty());
        for (JsonNode r : got.get("searchResults")) {
            assertEquals("D31001", json(client.get("/jobs/" + r.get("id").asLong())).get("folder").get("id").asText());
        }
    }

    @Test
    void anUpdatedDateRangeFindsExactlyThePeopleUpdatedInIt() {
        IcimsClient client = RUNNING.client();
        String from = "2025-03-01 12:00 AM";
        String to = "2025-03-31 11:59 PM";
        ObjectNode range = filter("person.updateddate", "=", from);
        range.putArray("secondaryValue").add(to);
        List<Long> ids = client.searchAll("people", "person", List.of(range));
        assertFalse(ids.isEmpty());
        LocalDateTime start = LocalDateTime.parse(from, DATE);
        LocalDateTime end = LocalDateTime.parse(to, DATE);
        for (long id : ids.subList(0, Math.min(40, ids.size()))) {
            LocalDateTime updated = LocalDateTime.parse(json(client.get("/people/" + id)).get("updateddate").asText(), DATE);
            assertFalse(updated.isBefore(start) || updated.isAfter(end), id + " updated " + updated);
        }
        List<Long> all = client.searchAll("people", "person", List.of());
        assertTrue(ids.size() < all.size(), "the range filters");
    }

    @Test
    void workflowsFilterByJobAndByBin() {
        IcimsClient client = RUNNING.client();
        List<Long> ofJob = client.searchAll("applicantworkflows", "applicantworkflow",
                List.of(filter("applicantworkflow.job.id", "=", "1005")));
        for (long id : ofJob) {
            assertEquals(1005, json(client.get("/applicantworkflows/" + id)).get("baseprofile").get("id").asLong());
        }
        List<Long> rejected = client.searchAll("applicantworkflows", "applicantworkflow",
                List.of(filter("applicantworkflow.bin", "=", "D10006")));
        assertFalse(rejected.isEmpty());
        List<String> statuses = new ArrayList<>();
        rejected.subList(0, 20).forEach(id -> statuses.add(json(client.get("/applicantworkflows/" + id)).get("status").get("id").asText()));
        assertTrue(List.of("D10200", "D10201", "C38355").containsAll(statuses), statuses.toString());
    }

    @Test
    void badQueriesAreRejectedWithTheDocumentedMessages() {
        IcimsClient client = RUNNING.client();
        assertError(client.post("/search/people", "{\"filters\":[]}"), "At least one filter must be specified");
        assertError(client.search("people", query(filter("job.id", ">", "0"))),
                "The following filter is either not valid or hidden: job.id");
        assertError(client.search("applicantworkflows", query(filter("applicantworkflow.createddate", "=", "2025-01-01"))),
                "The following filter is either not valid or hidden: applicantworkflow.createddate");
        assertError(client.search("people", query(filter("person.id", "~", "0"))),
                "The following filter operator is not valid in the given context: ~");
        ObjectNode unknownAttribute = filter("person.id", ">", "0");
        unknownAttribute.put("name1", "x");
        assertError(client.search("people", query(unknownAttribute)), "The following filter attribute is unrecognized: name1");
        ObjectNode badGroup = query(filter("person.id", ">", "0"));
        badGroup.put("operator", "^");
        assertError(client.search("people", badGroup), "The following group operator is not valid in the given context: ^");
    }

    @Test
    void anUnreadableDateIsIgnoredAndAnUnknownListNodeFindsNothing() {
        IcimsClient client = RUNNING.client();
        int all = json(client.search("jobs", query(filter("job.id", ">", "0")))).get("searchResults").size();
        assertEquals(all, json(client.search("jobs", query(filter("job.updateddate", "=", "last tuesday")))).get("searchResults").size());
        assertEquals(0, json(client.search("jobs", query(filter("job.folder", "=", "C99999")))).get("searchResults").size());
    }

    private static void assertError(Reply r, String message) {
        assertEquals(400, r.status(), r.body());
        assertEquals(message, r.json().get("errors").get(0).get("errorMessage").asText());
    }
}
