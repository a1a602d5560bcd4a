package dev.atrium.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.http.FakeRemote;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.engine.store.WebhookDispatch;
import dev.atrium.engine.webhooks.WebhookTypes;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Disabling, enabling and deleting integrations: their syncs, their data and their webhooks. */
class IntegrationLifecycleTest {

    private static final String MAPPING = """
            format: atrium-connector/v1
            tool: demo
            label: Demo
            category: ats
            connection:
              key: { label: Key, required: false }
            http:
              base_url: https://example.test
              auth: { type: none }
              retry: { max_attempts: 1, initial_delay_ms: 1, max_delay_ms: 5 }
            streams:
              items:
                request: { path: /items }
                paginate: { type: page_number, param: page, size_param: size, size: 5 }
                records: data
                emit:
                  - model: tags
                    transform: '{ "remote_id": $string(id), "name": name }'
            """;

    @TempDir
    Path folder;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    /** The remote answers 401 while this is set. */
    private volatile boolean refuse;

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    /** Twenty items over four pages, each page served after {@code delayMillis}. */
    private SyncHarness harness(long delayMillis, CountDownLatch secondPage) {
        SyncHarness harness = new SyncHarness(folder, MAPPING, Map.of());
        harness.remote.get("/items", context -> {
            int page = Integer.parseInt(context.request().getParam("page", "1"));
            if (page == 2) {
                secondPage.countDown();
            }
            harness.vertx.setTimer(Math.max(1, delayMillis), id -> page(context, page));
        });
        harness.engine.webhooks().createEndpoint(harness.integration.environmentId(), "https://hooks.example.test",
                WebhookTypes.ALL, System.currentTimeMillis());
        return harness;
    }

    private void page(RoutingContext context, int page) {
        if (refuse) {
            FakeRemote.json(context, 401, "{\"error\": \"invalid key\"}");
            return;
        }
        StringBuilder data = new StringBuilder();
        for (int id = (page - 1) * 5 + 1; id <= Math.min(20, page * 5); id++) {
            data.append(data.length() == 0 ? "" : ",").append("{\"id\": ").append(id).append(", \"name\": \"t")
                    .append(id).append("\"}");
        }
        FakeRemote.json(context, 200, "{\"data\": [" + data + "]}");
    }

    /** The payloads of the queued webhooks of a type, oldest first. */
    private static List<JsonNode> queued(SyncHarness harness, String type) throws Exception {
        List<JsonNode> payloads = new ArrayList<>();
        for (WebhookDispatch dispatch : harness.engine.webhooks().claimDue("test-" + type, Long.MAX_VALUE / 2, 1,
                1_000)) {
            JsonNode payload = Json.parse(dispatch.payload());
            if (payload.get("type").asText().equals(type)) {
                payloads.add(payload);
            }
        }
        return payloads;
    }

    private Future<SyncRun> syncInBackground(SyncHarness harness) {
        return background.submit(() -> harness.engine.syncs().runNow(harness.integration.id(), SyncType.FULL, "test",
                SyncListener.NONE));
    }

    @Test
    void deletingDuringASyncStopsItFirstAndLeavesNothing() throws Exception {
        CountDownLatch secondPage = new CountDownLatch(1);
        try (SyncHarness harness = harness(300, secondPage)) {
            Integration integration = harness.integration;
            Future<SyncRun> running = syncInBackground(harness);
            assertTrue(secondPage.await(10, TimeUnit.SECONDS));

            assertTrue(harness.engine.lifecycle().delete(integration));
            // The deletion waited the sync out: it ended before the deletion returned.
            assertEquals("CANCELLED", running.get(1, TimeUnit.SECONDS).state());
            assertTrue(harness.engine.integrations().find(integration.id()).isEmpty());
            assertEquals(0, harness.engine.records().count(integration.id(), "tags", true));
            assertTrue(harness.engine.syncRuns().list(integration.id(), null, 10).isEmpty());
            long pagesWhenDeleted = harness.remote.count("/items");
            Thread.sleep(500);
            assertEquals(pagesWhenDeleted, harness.remote.count("/items"), "nothing reads for it any more");

            List<JsonNode> deleted = queued(harness, WebhookTypes.INTEGRATION_DELETED);
            assertEquals(1, deleted.size());
            JsonNode data = deleted.get(0).get("data");
            assertEquals(Set.of("id", "tool", "category", "end_user", "deleted_at"), Set.copyOf(fieldNames(data)));
            assertEquals(integration.id(), data.get("id").asText());
            assertEquals("demo", data.get("tool").asText());
            assertEquals("ATS", data.get("category").asText());
            assertEquals(Set.of("organization_name", "creator_email", "origin_id"),
                    Set.copyOf(fieldNames(data.get("end_user"))));
            assertTrue(data.get("deleted_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));

            assertFalse(harness.engine.lifecycle().delete(integration), "a second deletion finds nothing");
            assertEquals(List.of(), queued(harness, WebhookTypes.INTEGRATION_DELETED));
        }
    }

    @Test
    void disablingKeepsTheDataAndRefusesNewSyncsUntilEnabled() throws Exception {
        try (SyncHarness harness = harness(0, new CountDownLatch(1))) {
            Integration integration = harness.integration;
            assertEquals("SUCCEEDED", harness.sync().state());
            assertEquals(20, harness.count("tags"));
            assertEquals(IntegrationStatus.ACTIVE, harness.engine.lifecycle().status(integration));

            assertTrue(harness.engine.lifecycle().setEnabled(integration, false));
            Integration disabled = harness.engine.integrations().find(integration.id()).orElseThrow();
            assertFalse(disabled.enabled());
            assertEquals(IntegrationStatus.INACTIVE, harness.engine.lifecycle().status(disabled));
            assertEquals(20, harness.count("tags"), "the data stays");
            assertEquals(Map.of(), disabled.connection(), "the connection values stay as they were");
            assertThrows(SyncService.DisabledException.class, () -> harness.sync());
            assertFalse(harness.engine.lifecycle().setEnabled(disabled, false), "disabled already: no change");

            // A sync queued just as it was disabled never runs.
            harness.engine.syncRuns().enqueue(integration.id(), "FULL", "schedule", System.currentTimeMillis());
            SyncRun claimed = harness.engine.syncs().runNext(SyncListener.NONE).orElseThrow();
            assertEquals("CANCELLED", claimed.state());
            // Nor does the scheduler queue one, however overdue.
            harness.engine.integrations().scheduleNext(integration.id(), 0L, 0L);
            new SyncScheduler(harness.engine.syncs(), harness.engine.integrations(), harness.engine.mappings(),
                    harness.engine.schedule(), 1, Duration.ofSeconds(1), SyncListener.NONE).queueDue();
            assertTrue(harness.engine.syncRuns().active(integration.id()).isEmpty());

            assertTrue(harness.engine.lifecycle().setEnabled(disabled, true));
            assertEquals("SUCCEEDED", harness.sync().state());
            List<JsonNode> changes = queued(harness, WebhookTypes.INTEGRATION_STATE_CHANGED);
            assertEquals(List.of("INACTIVE", "ACTIVE"), changes.stream().map(change -> change.at("/data/state")
                    .asText()).toList(), "one event per change");
            JsonNode data = changes.get(0).get("data");
            assertEquals(Set.of("integration_tool", "integration_id", "integration_category", "end_user", "qa_status",
                    "setup_status", "state", "updated_at"), Set.copyOf(fieldNames(data)));
            assertEquals("COMPLETED", data.get("setup_status").asText());
            assertEquals("PASSED", data.get("qa_status").asText());
        }
    }

    @Test
    void disablingCancelsARunningSyncAndWaitsItOut() throws Exception {
        CountDownLatch secondPage = new CountDownLatch(1);
        try (SyncHarness harness = harness(300, secondPage)) {
            Future<SyncRun> running = syncInBackground(harness);
            assertTrue(secondPage.await(10, TimeUnit.SECONDS));
            assertTrue(harness.engine.lifecycle().setEnabled(harness.integration, false));
            SyncRun cancelled = running.get(1, TimeUnit.SECONDS);
            assertEquals("CANCELLED", cancelled.state());
            assertEquals("the integration was disabled", cancelled.error());
            assertTrue(harness.count("tags") > 0 && harness.count("tags") < 20, "what was read stays");
            assertNotNull(harness.engine.integrations().find(harness.integration.id()).orElseThrow().connection());
        }
    }

    @Test
    void aSyncOnAnotherNodeIsCancelledThroughTheStoreAndLosesItsLease() {
        try (SyncHarness harness = harness(0, new CountDownLatch(1))) {
            String id = harness.integration.id();
            SyncRun queued = harness.engine.syncRuns().enqueue(id, "FULL", "test", System.currentTimeMillis()).run();
            harness.engine.syncRuns().claim("other-node", System.currentTimeMillis(), 60_000, queued.id())
                    .orElseThrow();
            SyncRun cancelled = harness.engine.syncs().cancelActive(id, "the integration was disabled",
                    Duration.ofSeconds(1)).orElseThrow();
            assertEquals("CANCELLED", cancelled.state());
            assertFalse(harness.engine.syncRuns().renew(queued.id(), "other-node", System.currentTimeMillis() + 60_000),
                    "the other node's next renewal fails, so it stops");
            assertTrue(harness.engine.syncRuns().active(id).isEmpty());
        }
    }

    @Test
    void refusedCredentialsMakeTheIntegrationInvalidUntilASyncSucceeds() throws Exception {
        try (SyncHarness harness = harness(0, new CountDownLatch(1))) {
            refuse = true;
            SyncRun failed = harness.sync();
            assertEquals("FAILED", failed.state());
            assertEquals("AUTHENTICATION", failed.errorKind(), failed.error());
            assertEquals(IntegrationStatus.INVALID, harness.engine.lifecycle().status(harness.integration));
            harness.sync();
            refuse = false;
            harness.sync();
            assertEquals(IntegrationStatus.ACTIVE, harness.engine.lifecycle().status(harness.integration));
            List<JsonNode> changes = queued(harness, WebhookTypes.INTEGRATION_STATE_CHANGED);
            assertEquals(List.of("INVALID", "ACTIVE"), changes.stream().map(change -> change.at("/data/state").asText())
                    .toList(), "a second refusal changes nothing");
            assertEquals(List.of("FINAL_SYNC_PENDING", "COMPLETED"), changes.stream()
                    .map(change -> change.at("/data/setup_status").asText()).toList(), "the first success completes it");
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
