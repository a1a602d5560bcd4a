package dev.atrium.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import dev.atrium.engine.store.IntegrationSettings;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.engine.sync.SyncListener;
import dev.atrium.sandbox.SandboxOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kombo's force-sync and Atrium's sync history over real HTTP, with syncs against the sandbox. */
class SyncRoutesTest {

    private static final String ID = "[1-9A-HJ-NP-Za-km-z]{24}";
    private static final List<String> ENTRY_FIELDS = List.of("id", "type", "trigger", "state", "queued_at",
            "started_at", "ended_at", "since", "records", "requests", "pages", "attempts", "changed_models", "error",
            "error_kind");
    private static final List<String> RECORD_COUNTS = List.of("added", "changed", "unchanged", "deleted",
            "quarantined");

    @TempDir
    Path folder;

    @Test
    void forceSyncQueuesOneSyncAndAnswersThatOneUntilItHasRun() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            String key = environment[1];
            Integration sage = atrium.connect(environment[0], "sagehr");
            // Reads wait for the first sync; force-sync must not, it is how a client asks for that sync.
            assertEquals(409, atrium.api("/v1/ats/jobs", key, sage.id()).status());

            AtriumUnderTest.Response first = forceSync(atrium, key, sage.id(), null);
            assertEquals(200, first.status(), String.valueOf(first.body()));
            assertEquals("success", first.body().path("status").asText());
            assertEquals(Set.of("already_queued", "sync_id", "type"), fieldNames(first.body().get("data")));
            JsonNode queued = first.body().get("data");
            assertFalse(queued.get("already_queued").asBoolean());
            assertTrue(queued.get("already_queued").isBoolean());
            assertTrue(queued.get("sync_id").asText().matches(ID), queued.toString());
            assertEquals("FULL", queued.get("type").asText(), "the type defaults to FULL");
            String syncId = queued.get("sync_id").asText();

            // Only one sync per integration: asking again answers the queued one, whatever type was asked.
            AtriumUnderTest.Response again = forceSync(atrium, key, sage.id(), "{\"type\": \"DELTA\"}");
            assertEquals(200, again.status(), String.valueOf(again.body()));
            assertTrue(again.body().at("/data/already_queued").asBoolean());
            assertEquals(syncId, again.body().at("/data/sync_id").asText());
            assertEquals("FULL", again.body().at("/data/type").asText());

            // The server under test runs no scheduler, so the sync stays queued until the test runs it.
            SyncRun run = atrium.engine.syncs().runNext(SyncListener.NONE).orElseThrow();
            assertEquals(syncId, run.id());
            assertEquals("SUCCEEDED", run.state(), run.error());
            assertEquals("api", run.trigger());
            assertEquals(200, atrium.api("/v1/ats/jobs", key, sage.id()).status());

            AtriumUnderTest.Response next = forceSync(atrium, key, sage.id(), "{\"type\": \"FULL\"}");
            assertFalse(next.body().at("/data/already_queued").asBoolean(), String.valueOf(next.body()));
            String nextId = next.body().at("/data/sync_id").asText();
            assertNotEquals(syncId, nextId, "a finished sync is never answered as the queued one");
            JsonNode waiting = atrium.api("/v1/integrations/" + sage.id() + "/syncs/" + nextId, key, sage.id())
                    .body().get("data");
            assertEquals("QUEUED", waiting.get("state").asText());
            assertEquals("api", waiting.get("trigger").asText());
            assertTrue(waiting.get("started_at").isNull() && waiting.get("ended_at").isNull(), waiting.toString());
            assertEquals(0, waiting.get("attempts").asInt());

            // A running sync counts as well: while a node holds it, force-sync answers it.
            SyncRun claimed = atrium.engine.syncRuns().claim(atrium.engine.syncs().nodeId(),
                    System.currentTimeMillis(), 60_000, nextId).orElseThrow();
            AtriumUnderTest.Response whileRunning = forceSync(atrium, key, sage.id(), "{}");
            assertTrue(whileRunning.body().at("/data/already_queued").asBoolean(), String.valueOf(whileRunning.body()));
            assertEquals(nextId, whileRunning.body().at("/data/sync_id").asText());
            assertEquals("SUCCEEDED", atrium.engine.syncs().execute(claimed, SyncListener.NONE).state());
            assertTrue(atrium.engine.syncRuns().active(sage.id()).isEmpty(), "nothing else was queued");
        }
    }

    @Test
    void forceSyncTypeIgnoresCaseAndDeltaBecomesFullWhereADeltaSyncIsNotPossible() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            String key = environment[1];

            // Sage HR cannot filter by change: DELTA becomes FULL even after a successful sync.
            Integration sage = atrium.connect(environment[0], "sagehr");
            assertEquals("SUCCEEDED", atrium.sync(sage.id()).state());
            assertEquals("FULL", forceSync(atrium, key, sage.id(), "{\"type\": \"delta\"}").body().at("/data/type")
                    .asText());
            assertEquals("FULL", runNext(atrium).type());

            // Paycor can, but only once a sync succeeded: before that there is no lower bound to filter by.
            Integration paycor = atrium.connect(environment[0], "paycor");
            AtriumUnderTest.Response beforeAny = forceSync(atrium, key, paycor.id(), "{\"type\": \"Delta\"}");
            assertEquals(200, beforeAny.status(), String.valueOf(beforeAny.body()));
            assertEquals("FULL", beforeAny.body().at("/data/type").asText());
            SyncRun full = runNext(atrium);
            assertEquals("FULL", full.type());
            assertEquals("SUCCEEDED", full.state(), full.error());

            AtriumUnderTest.Response delta = forceSync(atrium, key, paycor.id(), "{\"type\": \"dElTa\"}");
            assertEquals("DELTA", delta.body().at("/data/type").asText(), String.valueOf(delta.body()));
            SyncRun deltaRun = runNext(atrium);
            assertEquals("DELTA", deltaRun.type());
            assertEquals("SUCCEEDED", deltaRun.state(), deltaRun.error());
            JsonNode entry = atrium.api("/v1/integrations/" + paycor.id() + "/syncs/" + deltaRun.id(), key,
                    paycor.id()).body().get("data");
            assertEquals("DELTA", entry.get("type").asText());
            assertFalse(entry.get("since").isNull(), "a DELTA sync shows the time it filtered by: " + entry);

            assertEquals("FULL", forceSync(atrium, key, paycor.id(), "{\"type\": \"full\"}").body()
                    .at("/data/type").asText());
            runNext(atrium);
            assertEquals("FULL", forceSync(atrium, key, paycor.id(), "{\"type\": null}").body()
                    .at("/data/type").asText(), "a null type is the default");
        }
    }

    @Test
    void forceSyncRefusesBadRequestsWithTheErrorEnvelopeAndQueuesNothing() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            String key = environment[1];
            Integration sage = atrium.connect(environment[0], "sagehr");
            String[] other = atrium.environmentWithKey("staging");
            Integration elsewhere = atrium.connect(other[0], "sagehr");
            String adminKey = atrium.admin.createApiKey(null, true, "ops").key();

            assertError(forceSync(atrium, key, sage.id(), "{\"type\": \"SOMETIMES\"}"), 400,
                    "PLATFORM.INPUT_INVALID", "type must be FULL or DELTA");
            assertError(forceSync(atrium, key, sage.id(), "{\"type\": 1}"), 400, "PLATFORM.INPUT_INVALID",
                    "type must be FULL or DELTA");
            assertError(forceSync(atrium, key, sage.id(), "{\"type\": [\"FULL\"]}"), 400, "PLATFORM.INPUT_INVALID",
                    "type must be FULL or DELTA");
            assertError(forceSync(atrium, key, sage.id(), "{\"type\": true}"), 400, "PLATFORM.INPUT_INVALID",
                    "type must be FULL or DELTA");
            assertError(forceSync(atrium, key, sage.id(), "{type: FULL"), 400, "PLATFORM.INPUT_INVALID",
                    "not valid JSON");
            assertError(forceSync(atrium, key, sage.id(), "[\"FULL\"]"), 400, "PLATFORM.INPUT_INVALID",
                    "must be a JSON object");

            assertError(atrium.request("POST", "/v1/force-sync", "{}", Map.of("Authorization", "Bearer " + key)),
                    400, "PLATFORM.INPUT_INVALID", "X-Integration-Id");
            assertError(forceSync(atrium, key, "sagehr:NoSuchIntegration1234567", "{}"), 404,
                    "PLATFORM.INTEGRATION_NOT_FOUND", "no integration");
            // Keys learn nothing about other environments: their integrations do not exist for them.
            assertError(forceSync(atrium, key, elsewhere.id(), "{}"), 404, "PLATFORM.INTEGRATION_NOT_FOUND",
                    "no integration");

            assertError(forceSync(atrium, "atr_not_a_key", sage.id(), "{}"), 401, "PLATFORM.AUTHENTICATION_INVALID",
                    "not valid");
            assertError(atrium.request("POST", "/v1/force-sync", "{}", Map.of("X-Integration-Id", sage.id())), 401,
                    "PLATFORM.AUTHENTICATION_INVALID", "Authorization");
            assertError(forceSync(atrium, adminKey, sage.id(), "{}"), 401, "PLATFORM.AUTHENTICATION_INVALID",
                    "admin key");

            assertTrue(atrium.engine.syncRuns().list(sage.id(), null, 10).isEmpty(),
                    "a refused request queues nothing");
            assertTrue(atrium.engine.syncRuns().list(elsewhere.id(), null, 10).isEmpty());
        }
    }

    @Test
    void forceSyncRefusesABodyWithTextAfterTheJson() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            Integration sage = atrium.connect(environment[0], "sagehr");
            // Not JSON: a client that sent this has a bug of its own, and should hear of it rather than get a sync.
            assertError(forceSync(atrium, environment[1], sage.id(), "{\"type\": \"FULL\"} {\"type\": \"DELTA\"}"),
                    400, "PLATFORM.INPUT_INVALID", "not valid JSON");
            assertError(forceSync(atrium, environment[1], sage.id(), "{\"type\": \"FULL\"} trailing"), 400,
                    "PLATFORM.INPUT_INVALID", "not valid JSON");
            assertTrue(atrium.engine.syncRuns().list(sage.id(), null, 10).isEmpty(),
                    "a refused request queues nothing");
        }
    }

    @Test
    void syncHistoryListsEverySyncNewestFirstAcrossPagesWithItsCountsAndTimes() throws InterruptedException {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            String key = environment[1];
            Integration sage = atrium.connect(environment[0], "sagehr");
            SyncRun first = atrium.sync(sage.id());
            assertEquals("SUCCEEDED", first.state(), first.error());
            SyncRun unchanged = atrium.sync(sage.id());
            assertEquals("SUCCEEDED", unchanged.state(), unchanged.error());
            // Twenty more entries, enough to pass the default page size: forced syncs, each cancelled while queued
            // (the cheapest finished entries there are), and a last one left queued.
            List<String> created = new ArrayList<>(List.of(first.id(), unchanged.id()));
            for (int i = 0; i < 20; i++) {
                // Distinct queue times, so newest-first is the order they were made in (equal times order by id).
                Thread.sleep(2);
                String id = forceSync(atrium, key, sage.id(), "{}").body().at("/data/sync_id").asText();
                created.add(id);
                if (i < 19) {
                    assertTrue(atrium.engine.syncRuns().cancelQueued(id, "cancelled by the test"));
                }
            }
            List<String> newestFirst = new ArrayList<>(created);
            java.util.Collections.reverse(newestFirst);

            String path = "/v1/integrations/" + sage.id() + "/syncs";
            List<JsonNode> walked = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                AtriumUnderTest.Response page = atrium.api(path + "?page_size=3" + (cursor == null ? "" : "&cursor="
                        + cursor), key, sage.id());
                assertEquals(200, page.status(), String.valueOf(page.body()));
                assertTrue(page.body().at("/data/results").size() <= 3);
                page.body().at("/data/results").forEach(walked::add);
                cursor = page.body().at("/data/next").isNull() ? null : page.body().at("/data/next").asText();
                pages++;
            } while (cursor != null && pages < 50);
            assertEquals(8, pages, "22 entries in pages of 3");
            assertEquals(newestFirst, walked.stream().map(entry -> entry.get("id").asText()).toList(),
                    "every sync once, newest first");
            for (int i = 1; i < walked.size(); i++) {
                assertTrue(instant(walked.get(i - 1), "queued_at").compareTo(instant(walked.get(i), "queued_at")) >= 0);
            }
            for (JsonNode entry : walked) {
                assertTrue(fieldNames(entry).containsAll(ENTRY_FIELDS), "fields of " + entry);
                assertTrue(fieldNames(entry.get("records")).containsAll(RECORD_COUNTS), "records of " + entry);
                assertTrue(entry.get("changed_models").isArray(), entry.toString());
            }

            JsonNode queued = walked.get(0);
            assertEquals("QUEUED", queued.get("state").asText());
            assertEquals("api", queued.get("trigger").asText());
            assertTrue(queued.get("started_at").isNull() && queued.get("ended_at").isNull());
            JsonNode cancelled = walked.get(1);
            assertEquals("CANCELLED", cancelled.get("state").asText());
            assertEquals("cancelled by the test", cancelled.get("error").asText());

            JsonNode firstEntry = walked.get(walked.size() - 1);
            assertEquals(first.id(), firstEntry.get("id").asText());
            assertEquals("SUCCEEDED", firstEntry.get("state").asText());
            assertEquals("FULL", firstEntry.get("type").asText());
            assertEquals("test", firstEntry.get("trigger").asText());
            Instant queuedAt = instant(firstEntry, "queued_at");
            Instant startedAt = instant(firstEntry, "started_at");
            Instant endedAt = instant(firstEntry, "ended_at");
            assertTrue(!startedAt.isBefore(queuedAt) && !endedAt.isBefore(startedAt), firstEntry.toString());
            assertEquals(first.counts().added(), firstEntry.at("/records/added").asLong());
            assertTrue(firstEntry.at("/records/added").asLong() > 0, firstEntry.toString());
            assertEquals(0, firstEntry.at("/records/quarantined").asLong());
            assertTrue(firstEntry.get("requests").asLong() > 0 && firstEntry.get("pages").asLong() > 0);
            assertEquals(1, firstEntry.get("attempts").asInt());
            assertTrue(Items.texts(firstEntry.get("changed_models")).contains("candidates"), firstEntry.toString());
            assertTrue(firstEntry.get("error").isNull() && firstEntry.get("error_kind").isNull());

            // The second sync read the same data: everything unchanged, no model changed.
            JsonNode unchangedEntry = walked.get(walked.size() - 2);
            assertEquals(0, unchangedEntry.at("/records/added").asLong()
                    + unchangedEntry.at("/records/changed").asLong() + unchangedEntry.at("/records/deleted").asLong(),
                    unchangedEntry.toString());
            assertEquals(first.counts().added(), unchangedEntry.at("/records/unchanged").asLong());
            assertEquals(0, unchangedEntry.get("changed_models").size());

            AtriumUnderTest.Response byDefault = atrium.api(path, key, sage.id());
            assertEquals(20, byDefault.body().at("/data/results").size(), "20 entries by default");
            assertFalse(byDefault.body().at("/data/next").isNull());
            AtriumUnderTest.Response largest = atrium.api(path + "?page_size=100", key, sage.id());
            assertEquals(22, largest.body().at("/data/results").size());
            assertTrue(largest.body().at("/data/next").isNull());

            // One sync: the same entry as in the history, plus the remote's answer when it failed (none here).
            AtriumUnderTest.Response one = atrium.api(path + "/" + first.id(), key, sage.id());
            assertEquals(200, one.status(), String.valueOf(one.body()));
            JsonNode detailed = one.body().get("data");
            assertTrue(detailed.has("error_detail") && detailed.get("error_detail").isNull(), detailed.toString());
            ((com.fasterxml.jackson.databind.node.ObjectNode) detailed).remove("error_detail");
            assertEquals(firstEntry, detailed);
        }
    }

    @Test
    void syncHistoryRefusesBadPagingUnknownSyncsAndOtherEnvironments() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            String key = environment[1];
            Integration sage = atrium.connect(environment[0], "sagehr");
            SyncRun run = atrium.sync(sage.id());
            Integration sibling = atrium.connect(environment[0], "sagehr");
            SyncRun siblingRun = atrium.sync(sibling.id());
            String[] other = atrium.environmentWithKey("staging");
            Integration elsewhere = atrium.connect(other[0], "sagehr");
            SyncRun elsewhereRun = atrium.sync(elsewhere.id());
            String path = "/v1/integrations/" + sage.id() + "/syncs";

            for (String pageSize : List.of("0", "101", "-1", "abc", "2.5")) {
                assertError(atrium.api(path + "?page_size=" + pageSize, key, sage.id()), 400, "PLATFORM.INPUT_INVALID",
                        "page_size must be a whole number from 1 to 100");
            }
            String notJson = base64Url("not json");
            String noId = base64Url("{\"e\": \"syncs\"}");
            String jobsCursor = atrium.api("/v1/ats/jobs?page_size=1", key, sage.id()).body().at("/data/next").asText();
            for (String cursor : List.of("not-a-cursor!", notJson, noId)) {
                assertError(atrium.api(path + "?cursor=" + cursor, key, sage.id()), 400, "PLATFORM.INPUT_INVALID",
                        "cursor is not a cursor this API issued");
            }
            assertError(atrium.api(path + "?cursor=" + jobsCursor, key, sage.id()), 400, "PLATFORM.INPUT_INVALID",
                    "cursor belongs to another endpoint");

            assertError(atrium.api("/v1/integrations/" + elsewhere.id() + "/syncs", key, sage.id()), 404,
                    "PLATFORM.INTEGRATION_NOT_FOUND", "no integration");
            assertError(atrium.api("/v1/integrations/sagehr:NoSuchIntegration1234567/syncs", key, sage.id()), 404,
                    "PLATFORM.INTEGRATION_NOT_FOUND", "no integration");
            assertError(atrium.api("/v1/integrations/" + elsewhere.id() + "/syncs/" + elsewhereRun.id(), key,
                    sage.id()), 404, "PLATFORM.INTEGRATION_NOT_FOUND", "no integration");
            assertError(atrium.api(path, "atr_not_a_key", sage.id()), 401, "PLATFORM.AUTHENTICATION_INVALID",
                    "not valid");

            // A sync id is only found under its own integration; anything else is bad input, not a server error.
            assertEquals(200, atrium.api(path + "/" + run.id(), key, sage.id()).status());
            assertError(atrium.api(path + "/" + siblingRun.id(), key, sage.id()), 400, "PLATFORM.INPUT_INVALID",
                    "has no sync with that id");
            assertError(atrium.api(path + "/" + elsewhereRun.id(), key, sage.id()), 400, "PLATFORM.INPUT_INVALID",
                    "has no sync with that id");
            assertError(atrium.api(path + "/1111111111111111111111ab", key, sage.id()), 400, "PLATFORM.INPUT_INVALID",
                    "has no sync with that id");
            assertError(atrium.api(path + "/not-an-id", key, sage.id()), 400, "PLATFORM.INPUT_INVALID",
                    "has no sync with that id");
        }
    }

    @Test
    void aSyncThatFailsShowsInTheHistoryWithAReadableErrorItsKindAndTheRemoteAnswer() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            String key = environment[1];
            Integration sage = atrium.connect(environment[0], "sagehr");
            assertEquals("SUCCEEDED", atrium.sync(sage.id()).state());
            int jobs = atrium.all("/v1/ats/jobs", "page_size=250", key, sage.id()).size();

            // The customer's key is revoked at Sage HR: the sandbox now answers 401 to every request.
            Map<String, String> revoked = new HashMap<>(atrium.simulator("sagehr").credentials());
            revoked.put("api_key", "revoked-" + revoked.get("api_key"));
            atrium.engine.integrations().reconnect(sage.id(), sage.baseUrl(), revoked);
            SyncRun failed = atrium.sync(sage.id());
            assertEquals("FAILED", failed.state());

            AtriumUnderTest.Response history = atrium.api("/v1/integrations/" + sage.id() + "/syncs", key, sage.id());
            assertEquals(200, history.status(), String.valueOf(history.body()));
            JsonNode newest = history.body().at("/data/results/0");
            assertEquals(failed.id(), newest.get("id").asText());
            assertFailedOnAuthentication(newest);
            AtriumUnderTest.Response one = atrium.api("/v1/integrations/" + sage.id() + "/syncs/" + failed.id(), key,
                    sage.id());
            assertEquals(200, one.status(), String.valueOf(one.body()));
            assertFailedOnAuthentication(one.body().get("data"));
            assertTrue(one.body().at("/data/error_detail").asText().contains("Invalid API token"),
                    "error_detail has what the remote answered: " + one.body());

            // A failed sync deletes nothing: the last good data is still served.
            assertEquals(jobs, atrium.all("/v1/ats/jobs", "page_size=250", key, sage.id()).size());
        }
    }

    @Test
    void aFailedFirstSyncShowsInTheHistory() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            String key = environment[1];
            Map<String, String> wrong = new HashMap<>(atrium.simulator("sagehr").credentials());
            wrong.put("api_key", "wrong-" + wrong.get("api_key"));
            Integration sage = atrium.admin.createIntegration(environment[0], "sagehr", wrong,
                    atrium.simulator("sagehr").baseUrl(), new dev.atrium.engine.store.EndUser("Test Ltd", null, null),
                    IntegrationSettings.readingAll());
            SyncRun failed = atrium.sync(sage.id());
            assertEquals("FAILED", failed.state());

            // The setup sync is exactly the one a customer needs to see fail, and why.
            AtriumUnderTest.Response history = atrium.api("/v1/integrations/" + sage.id() + "/syncs", key, sage.id());
            assertEquals(200, history.status(), String.valueOf(history.body()));
            assertEquals(failed.id(), history.body().at("/data/results/0/id").asText());
            assertFailedOnAuthentication(history.body().at("/data/results/0"));
            AtriumUnderTest.Response one = atrium.api("/v1/integrations/" + sage.id() + "/syncs/" + failed.id(), key,
                    sage.id());
            assertEquals(200, one.status(), String.valueOf(one.body()));
            // Data is still not served: the integration has no completed sync.
            assertEquals(409, atrium.api("/v1/ats/jobs", key, sage.id()).status());
        }
    }

    private static void assertFailedOnAuthentication(JsonNode entry) {
        assertEquals("FAILED", entry.get("state").asText(), entry.toString());
        assertEquals("AUTHENTICATION", entry.get("error_kind").asText(), entry.toString());
        String error = entry.get("error").asText();
        assertTrue(error.contains("401"), "the error says what the remote answered: " + error);
        assertFalse(error.contains("revoked-") || error.contains("wrong-"), "no credentials in errors: " + error);
        assertFalse(entry.get("ended_at").isNull(), entry.toString());
    }

    private static AtriumUnderTest.Response forceSync(AtriumUnderTest atrium, String key, String integrationId,
            String body) {
        return atrium.request("POST", "/v1/force-sync", body, Map.of("Authorization", "Bearer " + key,
                "X-Integration-Id", integrationId));
    }

    /** Runs the one queued sync, as a scheduler would. */
    private static SyncRun runNext(AtriumUnderTest atrium) {
        return atrium.engine.syncs().runNext(SyncListener.NONE).orElseThrow(() -> new AssertionError("none queued"));
    }

    private static void assertError(AtriumUnderTest.Response response, int status, String code, String message) {
        assertEquals(status, response.status(), String.valueOf(response.body()));
        ApiShapes.assertError(response.body());
        assertEquals(code, response.body().at("/error/code").asText(), response.body().toString());
        assertTrue(response.body().at("/error/message").asText().contains(message), response.body().toString());
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Instant instant(JsonNode entry, String field) {
        return Instant.parse(entry.get(field).asText());
    }

    private static String base64Url(String text) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
