package dev.atrium.sandbox.paycor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.paycor.generate.DataTimeline;
import dev.atrium.sandbox.support.SandboxTwins;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Same seed, same bytes (continuation tokens included); another seed, another tenant. */
class PaycorDeterminismTest {

    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");

    // Small pages, so that continuation tokens are part of what is compared.
    @RegisterExtension
    static final SandboxTwins SANDBOXES = new SandboxTwins(
            SandboxOptions.defaults().withPaycor(PaycorSettings.defaults().withPageSize(10)), 7);

    // One client per sandbox: refresh tokens are single use, so a second client could not log in.
    private static PaycorClient a;
    private static PaycorClient b;
    private static PaycorClient c;

    @BeforeAll
    static void clients() {
        a = new PaycorClient(SANDBOXES.first());
        b = new PaycorClient(SANDBOXES.twin());
        c = new PaycorClient(SANDBOXES.other());
    }

    @Test
    void sameSeedServesIdenticalBodies() {
        assertEquals(a.credentials, b.credentials);
        for (String path : paths(a)) {
            PaycorClient.Reply left = a.get(path);
            assertEquals(200, left.status(), path);
            assertEquals(left.body(), b.get(path).body(), path);
        }
    }

    @Test
    void anotherSeedServesAnotherTenantAndCredentials() {
        for (String key : List.of("client_id", "client_secret", "subscription_key", "refresh_token", "legal_entity_id", "ats_account_id")) {
            assertNotEquals(a.credentials.get(key), c.credentials.get(key), key);
        }
        assertNotEquals(a.json(a.ats() + "/jobs?include=All").get("records"), c.json(c.ats() + "/jobs?include=All").get("records"));
        assertEquals(401, c.getWith(c.ats() + "/jobs", Map.of("Ocp-Apim-Subscription-Key", a.subscriptionKey)).status(),
                "another seed's subscription key is unknown");
        assertEquals(400, c.refresh(a.credentials.get("refresh_token")).status(), "and so is its refresh token");
    }

    @Test
    void sameMutationCallsOnTheSameSeedGiveTheSameResultAndData() {
        String calls = "{\"delete_candidates\": 3, \"change_candidates\": 5, \"create_candidates\": 2,"
                + " \"delete_jobs\": 1, \"change_jobs\": 2, \"close_jobs\": 1}";
        try {
            for (int round = 0; round < 2; round++) {
                assertEquals(a.control("POST", "/mutations", calls).body(), b.control("POST", "/mutations", calls).body());
            }
            for (String path : paths(a)) {
                assertEquals(withoutWriteTimes(a.get(path).body()), withoutWriteTimes(b.get(path).body()), path);
            }
        } finally {
            SANDBOXES.first().paycor().reset();
            SANDBOXES.twin().paycor().reset();
        }
    }

    /** Writes are dated by the wall clock, as the vendor's are: the two sandboxes wrote a few ms apart. */
    private static String withoutWriteTimes(String body) {
        Matcher timestamps = TIMESTAMP.matcher(body);
        StringBuilder out = new StringBuilder();
        while (timestamps.find()) {
            boolean written = Instant.parse(timestamps.group()).isAfter(DataTimeline.CLOCK_START);
            timestamps.appendReplacement(out, written ? "written" : timestamps.group());
        }
        return timestamps.appendTail(out).toString();
    }

    /** Accounts, jobs, one job, and the first two pages and a record of every job's candidates. */
    private static List<String> paths(PaycorClient client) {
        List<String> paths = new ArrayList<>();
        paths.add("/v1/legalEntities/" + client.legalEntityId + "/ats/accounts");
        paths.add(client.ats() + "/jobs?include=All");
        for (JsonNode job : client.jobs()) {
            String candidates = client.candidatesOf(job.get("id").asText());
            paths.add(client.ats() + "/jobs/" + job.get("id").asText() + "?include=All");
            JsonNode page = client.json(candidates);
            paths.add(candidates);
            if (page.get("hasMoreResults").asBoolean()) {
                paths.add(candidates + "?continuationToken=" + page.get("continuationToken").asText());
            }
            if (!page.get("records").isEmpty()) {
                paths.add(candidates + "/" + page.get("records").get(0).get("id").asText());
            }
        }
        return paths;
    }
}
