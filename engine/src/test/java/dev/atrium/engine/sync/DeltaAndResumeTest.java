package dev.atrium.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atrium.engine.Engine;
import dev.atrium.engine.EngineSettings;
import dev.atrium.engine.expressions.Timestamps;
import dev.atrium.engine.http.FakeRemote;
import dev.atrium.engine.store.RecordQuery;
import dev.atrium.engine.store.Secrets;
import dev.atrium.engine.store.StoredRecord;
import dev.atrium.engine.store.SyncRun;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DELTA syncs over an updated-since filter, and a sync that dies mid-way being resumed by another node. */
class DeltaAndResumeTest {

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
              retry: { max_attempts: 2, initial_delay_ms: 1, max_delay_ms: 5 }
            sync:
              delta_lookback_seconds: 60
            streams:
              items:
                incremental: true
                request:
                  path: /items
                  query: { updated_since: "{$since}" }
                paginate: { type: page_number, param: page, size_param: size, size: 5 }
                records: data
                emit:
                  - model: tags
                    transform: '{ "remote_id": id, "name": name }'
            """;

    /** The tool's records by id: name and last update (epoch ms). */
    private final Map<Integer, Object[]> items = new ConcurrentHashMap<>();

    private void serve(FakeRemote remote) {
        remote.get("/items", this::page);
    }

    private void page(RoutingContext context) {
        String since = context.request().getParam("updated_since");
        long after = since == null ? Long.MIN_VALUE : Timestamps.parseIso(since).toEpochMilli();
        List<Map.Entry<Integer, Object[]>> selected = new TreeMap<>(items).entrySet().stream()
                .filter(entry -> (long) entry.getValue()[1] > after).toList();
        int page = Integer.parseInt(context.request().getParam("page", "1"));
        int size = Integer.parseInt(context.request().getParam("size", "5"));
        String data = selected.stream().skip((long) (page - 1) * size).limit(size)
                .map(entry -> "{\"id\": " + entry.getKey() + ", \"name\": \"" + entry.getValue()[0] + "\"}")
                .collect(Collectors.joining(", ", "[", "]"));
        FakeRemote.json(context, 200, "{\"data\": " + data + "}");
    }

    private void seed(int count, long updated) {
        for (int i = 1; i <= count; i++) {
            items.put(i, new Object[] {"item " + i, updated});
        }
    }

    @Test
    void aDeltaSyncAsksOnlyForChangesAndNeverDeletes() {
        seed(12, 1_000L);
        try (SyncHarness harness = new SyncHarness(folder, MAPPING, Map.of())) {
            serve(harness.remote);
            assertEquals("FULL", harness.sync(SyncType.DELTA).type(), "without a previous sync, DELTA becomes FULL");
            assertNull(harness.remote.seen().get(0).query().contains("updated_since") ? "sent" : null,
                    "a FULL sync has no $since");
            SyncRun full = harness.engine.syncRuns().list(harness.integration.id(), null, 1).get(0);

            items.put(3, new Object[] {"renamed", System.currentTimeMillis()});
            items.remove(7);
            harness.remote.seen().clear();
            SyncRun delta = harness.sync(SyncType.DELTA);
            assertEquals("DELTA", delta.type());
            assertEquals("SUCCEEDED", delta.state(), delta.error());
            assertEquals(1, delta.counts().changed());
            assertEquals(0, delta.counts().deleted(), "a DELTA sync cannot see deletions");
            assertNull(harness.record("tags", "7").remoteDeletedAt());
            assertEquals("renamed", harness.record("tags", "3").content().get("name").asText());
            assertEquals(full.startedAt() - 60_000, delta.sinceAt(), "since = last success start minus the lookback");
            String query = harness.remote.seen().get(0).query();
            assertTrue(query.contains("updated_since=" + Timestamps.format(Instant.ofEpochMilli(delta.sinceAt()))
                    .replace(":", "%3A")), query);

            SyncRun nextFull = harness.sync(SyncType.FULL);
            assertEquals(1, nextFull.counts().deleted(), "the next FULL sync sees the deletion");
            assertNotNull(harness.record("tags", "7").remoteDeletedAt());
        }
    }

    /** Thrown from a listener to stop a sync as abruptly as a killed process: nothing after it runs. */
    private static final class Killed extends Error {
        Killed() {
            super("killed");
        }
    }

    @Test
    void aSyncKilledMidWayIsResumedByAnotherNodeAndConvergesToAnUninterruptedOne() throws InterruptedException {
        seed(23, 1_000L);
        Secrets secrets = Secrets.fromKeyFile(folder.resolve("secret.key"));
        EngineSettings nodeA = EngineSettings.of("sqlite:" + folder.resolve("atrium.db"), secrets)
                .withNodeId("node-a").withLease(Duration.ofSeconds(1));
        try (SyncHarness harness = new SyncHarness(folder, MAPPING, Map.of(), nodeA)) {
            serve(harness.remote);
            harness.sync();
            items.remove(22);
            items.put(2, new Object[] {"changed", 2_000L});
            SyncListener dieAfterTwoPages = new SyncListener() {
                @Override
                public void page(String stream, long pages, long records, Long total) {
                    if (pages == 2) {
                        throw new Killed();
                    }
                }
            };
            assertThrows(Killed.class, () -> harness.engine.syncs().runNow(harness.integration.id(), SyncType.FULL,
                    "test", dieAfterTwoPages));
            SyncRun abandoned = harness.engine.syncRuns().active(harness.integration.id()).orElseThrow();
            assertEquals("RUNNING", abandoned.state());
            assertNull(harness.record("tags", "22").remoteDeletedAt(), "nothing deleted by the interrupted sync");

            Thread.sleep(1_200);
            harness.remote.seen().clear();
            EngineSettings nodeB = nodeA.withNodeId("node-b");
            try (Engine other = Engine.open(harness.vertx, nodeB, SyncHarness.MODELS, harness.engine.mappings())) {
                SyncRun resumed = other.syncs().runNext(SyncListener.NONE).orElseThrow();
                assertEquals(abandoned.id(), resumed.id(), "the same sync, taken over");
                assertEquals("SUCCEEDED", resumed.state(), resumed.error());
                assertEquals(2, resumed.attempts());
                String query = harness.remote.seen().get(0).query();
                assertTrue(query.contains("page=3"), "it went on from its checkpoint, not from page 1: " + query);
            }
            assertNotNull(harness.record("tags", "22").remoteDeletedAt(), "the resumed FULL sync marks deletions");
            assertEquals("changed", harness.record("tags", "2").content().get("name").asText());
            assertEquals(22, harness.count("tags"));

            try (SyncHarness clean = new SyncHarness(folder.resolve("clean"), MAPPING, Map.of())) {
                serve(clean.remote);
                clean.sync();
                assertEquals(contents(clean), contents(harness), "the same data as a sync never interrupted");
            }
        }
    }

    @Test
    void aNodeShuttingDownHandsItsSyncOverAtOnce() throws Exception {
        seed(23, 1_000L);
        Secrets secrets = Secrets.fromKeyFile(folder.resolve("secret.key"));
        // A lease far longer than the test: only a released lease lets the other node resume in time.
        EngineSettings nodeA = EngineSettings.of("sqlite:" + folder.resolve("atrium.db"), secrets)
                .withNodeId("node-a").withLease(Duration.ofMinutes(10));
        try (SyncHarness harness = new SyncHarness(folder, MAPPING, Map.of(), nodeA)) {
            java.util.concurrent.CountDownLatch secondPage = new java.util.concurrent.CountDownLatch(1);
            harness.remote.get("/items", context -> {
                if (context.request().getParam("page", "1").equals("2")) {
                    secondPage.countDown();
                }
                // Slow pages, so the shutdown comes while the sync is still reading.
                harness.vertx.setTimer(150, id -> page(context));
            });
            var running = java.util.concurrent.Executors.newSingleThreadExecutor().submit(() ->
                    harness.engine.syncs().runNow(harness.integration.id(), SyncType.FULL, "test", SyncListener.NONE));
            assertTrue(secondPage.await(10, java.util.concurrent.TimeUnit.SECONDS));
            harness.engine.close();
            SyncRun stopped = running.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals("RUNNING", stopped.state(), "the stopped sync is left to be resumed, not failed");

            try (Engine other = Engine.open(harness.vertx, nodeA.withNodeId("node-b"), SyncHarness.MODELS,
                    harness.engine.mappings())) {
                SyncRun resumed = other.syncs().runNext(SyncListener.NONE).orElseThrow(
                        () -> new AssertionError("the sync was not free to resume"));
                assertEquals(stopped.id(), resumed.id());
                assertEquals("SUCCEEDED", resumed.state(), resumed.error());
                assertEquals(2, resumed.attempts());
                assertEquals(23, other.records().count(harness.integration.id(), "tags", false));
            }
        }
    }

    private static Map<String, String> contents(SyncHarness harness) {
        Map<String, String> byRemoteId = new TreeMap<>();
        for (StoredRecord record : harness.engine.records().list(new RecordQuery(harness.integration.id(), "tags",
                false, null, 1000, List.of()))) {
            byRemoteId.put(record.remoteId(), record.content().get("name").asText());
        }
        return byRemoteId;
    }
}
