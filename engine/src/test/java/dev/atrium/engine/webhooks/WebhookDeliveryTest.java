package dev.atrium.engine.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.Engine;
import dev.atrium.engine.EngineSettings;
import dev.atrium.engine.http.FakeRemote;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.loading.MappingLoader;
import dev.atrium.engine.store.Secrets;
import dev.atrium.engine.store.SyncCounts;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.engine.store.WebhookDelivery;
import dev.atrium.engine.store.WebhookStore;
import dev.atrium.engine.sync.SyncHarness;
import dev.atrium.engine.sync.SyncType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finished syncs reach receivers as signed Kombo webhooks, retried until accepted, across restarts. */
class WebhookDeliveryTest {

    @TempDir
    Path folder;

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
            streams:
              tags:
                request: { path: /tags }
                records: data
                emit:
                  - model: tags
                    transform: '{ "remote_id": id, "name": name }'
            """;

    private static final WebhookPolicy FAST = new WebhookPolicy(List.of(Duration.ofMillis(50), Duration.ofMillis(50)),
            Duration.ofSeconds(2), 4);

    private EngineSettings settings(Path where) {
        return EngineSettings.of("sqlite:" + where.resolve("atrium.db"), Secrets.fromKeyFile(where.resolve("secret.key")))
                .withLease(Duration.ofSeconds(5)).withWebhooks(FAST).withPublicUrl("https://atrium.example.com/");
    }

    private SyncHarness harness() {
        SyncHarness harness = new SyncHarness(folder, MAPPING, Map.of(), settings(folder));
        harness.remote.get("/tags", context -> FakeRemote.json(context, 200,
                "{\"data\": [{\"id\": 1, \"name\": \"Java\"}, {\"id\": 2, \"name\": \"Go\"}]}"));
        return harness;
    }

    private static WebhookStore.Created endpoint(SyncHarness harness, FakeRemote receiver, List<String> events) {
        return harness.engine.webhooks().createEndpoint(harness.integration.environmentId(),
                receiver.baseUrl() + "/hooks", events, System.currentTimeMillis());
    }

    private static List<FakeRemote.Seen> received(FakeRemote receiver) {
        return receiver.seen().stream().filter(seen -> seen.path().equals("/hooks")).toList();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aSyncSendsSignedDataChangedAndSyncFinishedInKombosShapes() throws Exception {
        try (SyncHarness harness = harness(); FakeRemote receiver = new FakeRemote(harness.vertx)) {
            receiver.post("/hooks", context -> context.response().setStatusCode(200).end());
            WebhookStore.Created endpoint = endpoint(harness, receiver, WebhookTypes.ALL);
            SyncRun run = harness.sync();
            harness.engine.startWebhookDelivery(Duration.ofMillis(20));
            await(() -> received(receiver).size() == 2, "both webhooks arrived");

            Map<String, JsonNode> byType = new HashMap<>();
            for (FakeRemote.Seen seen : received(receiver)) {
                assertEquals(WebhookSignature.sign(endpoint.secret(), seen.body().getBytes(StandardCharsets.UTF_8)),
                        seen.header("X-Kombo-Signature"), "signed over the raw body");
                assertEquals("application/json", seen.header("Content-Type"));
                JsonNode payload = Json.parse(seen.body());
                assertEquals(Set.of("id", "type", "data"), keys(payload));
                byType.put(payload.get("type").asText(), payload);
            }
            JsonNode changed = byType.get("data-changed").get("data");
            assertEquals(Set.of("integration_id", "integration_tool", "integration_category", "changed_models"),
                    keys(changed));
            assertEquals(harness.integration.id(), changed.get("integration_id").asText());
            assertEquals("demo", changed.get("integration_tool").asText());
            assertEquals("ATS", changed.get("integration_category").asText());
            assertEquals("[{\"name\":\"ats_tags\"}]", Json.write(changed.get("changed_models")));

            JsonNode finished = byType.get("sync-finished").get("data");
            assertEquals(Set.of("sync_id", "sync_state", "sync_started_at", "sync_ended_at", "sync_duration_seconds",
                    "integration_id", "integration_tool", "integration_category", "end_user", "log_url"),
                    keys(finished));
            assertEquals(run.id(), finished.get("sync_id").asText());
            assertEquals("SUCCEEDED", finished.get("sync_state").asText());
            assertTrue(finished.get("sync_started_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z"));
            assertTrue(finished.get("sync_duration_seconds").canConvertToInt());
            assertEquals(Set.of("organization_name", "creator_email", "origin_id"), keys(finished.get("end_user")));
            assertEquals("https://atrium.example.com/v1/integrations/" + harness.integration.id() + "/syncs/"
                    + run.id(), finished.get("log_url").asText());

            receiver.seen().clear();
            SyncRun unchanged = harness.sync();
            await(() -> received(receiver).size() == 1, "the second sync's webhook arrived");
            Thread.sleep(200);
            assertEquals(1, received(receiver).size(), "nothing changed: no data-changed");
            JsonNode only = Json.parse(received(receiver).get(0).body());
            assertEquals("sync-finished", only.get("type").asText());
            assertEquals(unchanged.id(), only.get("data").get("sync_id").asText());
        }
    }

    @Test
    void aFailingReceiverGetsTheSameEventAgainUntilItAcceptsIt() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (SyncHarness harness = harness(); FakeRemote receiver = new FakeRemote(harness.vertx)) {
            receiver.post("/hooks", context -> context.response()
                    .setStatusCode(calls.incrementAndGet() <= 2 ? 500 : 204).end("busy"));
            WebhookStore.Created endpoint = endpoint(harness, receiver, List.of(WebhookTypes.SYNC_FINISHED));
            harness.sync();
            harness.engine.startWebhookDelivery(Duration.ofMillis(20));
            await(() -> delivery(harness, endpoint).state().equals("DELIVERED"), "the delivery went through");

            WebhookDelivery delivery = delivery(harness, endpoint);
            assertEquals(3, delivery.attempts());
            assertEquals(204, delivery.lastStatus());
            assertNotNull(delivery.deliveredAt());
            Set<String> eventIds = new TreeSet<>();
            for (FakeRemote.Seen seen : received(receiver)) {
                eventIds.add(Json.parse(seen.body()).get("id").asText());
            }
            assertEquals(3, received(receiver).size());
            assertEquals(1, eventIds.size(), "a retry resends the same event, so receivers can de-duplicate");
        }
    }

    @Test
    void aReceiverThatNeverAcceptsEndsFailedWithItsLastAnswerKept() throws Exception {
        try (SyncHarness harness = harness(); FakeRemote receiver = new FakeRemote(harness.vertx)) {
            receiver.post("/hooks", context -> context.response().setStatusCode(503).end("maintenance window"));
            WebhookStore.Created endpoint = endpoint(harness, receiver, List.of(WebhookTypes.SYNC_FINISHED));
            harness.sync();
            harness.engine.startWebhookDelivery(Duration.ofMillis(20));
            await(() -> delivery(harness, endpoint).state().equals("FAILED"), "the delivery was given up");

            WebhookDelivery delivery = delivery(harness, endpoint);
            assertEquals(3, delivery.attempts(), "the first attempt and the policy's two retries");
            assertEquals(503, delivery.lastStatus());
            assertEquals("HTTP 503: maintenance window", delivery.lastError());
            Thread.sleep(200);
            assertEquals(3, received(receiver).size());
        }
    }

    @Test
    void queuedWebhooksSurviveARestart() throws Exception {
        io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
        try (FakeRemote receiver = new FakeRemote(vertx)) {
            receiver.post("/hooks", context -> context.response().setStatusCode(200).end());
            String secret;
            try (SyncHarness harness = harness()) {
                // This process stops before sending anything: its webhooks are only queued.
                secret = endpoint(harness, receiver, WebhookTypes.ALL).secret();
                harness.sync();
            }
            assertEquals(0, received(receiver).size());
            try (Engine restarted = Engine.open(vertx, settings(folder), SyncHarness.MODELS,
                    new MappingLoader(SyncHarness.MODELS).loadText("demo.yaml", MAPPING).orThrow())) {
                restarted.startWebhookDelivery(Duration.ofMillis(20));
                await(() -> received(receiver).size() == 2, "the queued webhooks arrived after the restart");
            }
            for (FakeRemote.Seen seen : received(receiver)) {
                assertEquals(WebhookSignature.sign(secret, seen.body().getBytes(StandardCharsets.UTF_8)),
                        seen.header("X-Kombo-Signature"));
            }
        } finally {
            vertx.close().await();
        }
    }

    @Test
    void aSyncWhoseNodeDiedBeforeAnnouncingItIsAnnouncedByTheSweep() throws Exception {
        try (SyncHarness harness = harness(); FakeRemote receiver = new FakeRemote(harness.vertx)) {
            receiver.post("/hooks", context -> context.response().setStatusCode(200).end());
            endpoint(harness, receiver, List.of(WebhookTypes.SYNC_FINISHED));
            // A sync ended by a node that died before queuing its webhooks: finished in the store, nothing queued.
            var runs = harness.engine.syncRuns();
            String syncId = runs.enqueue(harness.integration.id(), "FULL", "test", System.currentTimeMillis())
                    .run().id();
            runs.claim("dead-node", System.currentTimeMillis(), 60_000, syncId).orElseThrow();
            runs.finish(syncId, "dead-node", "FAILED", SyncCounts.ZERO, List.of(), "credentials refused",
                    "AUTHENTICATION", null);
            harness.engine.startWebhookDelivery(Duration.ofMillis(20));
            await(() -> received(receiver).size() == 1, "the sweep announced the sync");
            JsonNode data = Json.parse(received(receiver).get(0).body()).get("data");
            assertEquals(syncId, data.get("sync_id").asText());
            assertEquals("AUTHENTICATION_FAILED", data.get("sync_state").asText());
            Thread.sleep(200);
            assertEquals(1, received(receiver).size(), "announced once");
            assertFalse(harness.engine.webhooks().unannouncedRuns(0, 10).contains(syncId));
        }
    }

    private static WebhookDelivery delivery(SyncHarness harness, WebhookStore.Created endpoint) {
        List<WebhookDelivery> deliveries = harness.engine.webhooks().deliveries(endpoint.endpoint().id(), 10);
        assertEquals(1, deliveries.size());
        return deliveries.get(0);
    }

    private static Set<String> keys(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return new TreeSet<>(names);
    }
}
