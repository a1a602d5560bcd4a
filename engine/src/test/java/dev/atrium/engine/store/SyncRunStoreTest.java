package dev.atrium.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.json.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;

/** The sync queue: one active run per integration, leases, resumption, history; on every backend. */
class SyncRunStoreTest {

    private static final long LEASE = 60_000;
    private static final SyncCounts COUNTS = new SyncCounts(3, 2, 1, 4, 5, 6, 7);

    private StoreFixture store;
    private SyncRunStore runs;
    private String integration;

    @BeforeEach
    void open(StoreFixture store) {
        this.store = store;
        runs = store.runs;
        integration = store.integration.id();
    }

    /** Who holds a run's lease and until when, as stored (the store's API does not show it). */
    private record Lease(String owner, Long expiresAt) {
    }

    private Lease lease(String syncId) {
        return store.database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT lease_owner, lease_expires_at FROM sync_runs WHERE id = ?")) {
                select.setString(1, syncId);
                try (ResultSet row = select.executeQuery()) {
                    assertTrue(row.next());
                    long expires = row.getLong(2);
                    return new Lease(row.getString(1), row.wasNull() ? null : expires);
                }
            }
        });
    }

    private SyncRun run(String syncId) {
        return runs.find(syncId).orElseThrow();
    }

    private boolean succeed(SyncRun run, String node) {
        return runs.finish(run.id(), node, "SUCCEEDED", COUNTS, List.of("candidates"), null, null, null);
    }

    @StoreTest
    void enqueueReturnsTheActiveRunWhileOneIsQueuedOrRunning() {
        SyncRunStore.Enqueued first = runs.enqueue(integration, "FULL", "api", 1_000);
        assertFalse(first.alreadyQueued());
        assertEquals("QUEUED", first.run().state());
        assertEquals("FULL", first.run().type());
        assertEquals("api", first.run().trigger());
        assertEquals(1_000, first.run().queuedAt());
        assertEquals(0, first.run().attempts());

        SyncRunStore.Enqueued whileQueued = runs.enqueue(integration, "DELTA", "schedule", 2_000);
        assertTrue(whileQueued.alreadyQueued());
        assertEquals(first.run().id(), whileQueued.run().id());
        assertEquals("FULL", whileQueued.run().type());

        runs.claim("node-a", 3_000, LEASE, null).orElseThrow();
        SyncRunStore.Enqueued whileRunning = runs.enqueue(integration, "DELTA", "schedule", 4_000);
        assertTrue(whileRunning.alreadyQueued());
        assertEquals(first.run().id(), whileRunning.run().id());
        assertEquals("RUNNING", whileRunning.run().state());
        assertEquals(first.run().id(), runs.active(integration).orElseThrow().id());
    }

    @StoreTest
    void aFinishedOrCancelledRunMakesRoomForANewOne() {
        SyncRun first = runs.enqueue(integration, "FULL", "api", 1_000).run();
        runs.claim("node-a", 1_500, LEASE, null).orElseThrow();
        assertTrue(succeed(first, "node-a"));
        assertTrue(runs.active(integration).isEmpty());

        SyncRunStore.Enqueued second = runs.enqueue(integration, "DELTA", "schedule", 2_000);
        assertFalse(second.alreadyQueued());
        assertNotEquals(first.id(), second.run().id());
        assertEquals("DELTA", second.run().type());

        assertTrue(runs.cancelQueued(second.run().id(), "integration deleted"));
        assertEquals("CANCELLED", run(second.run().id()).state());
        assertEquals("integration deleted", run(second.run().id()).error());
        assertFalse(runs.enqueue(integration, "FULL", "api", 3_000).alreadyQueued());
    }

    @StoreTest
    void claimTakesTheOldestQueuedRunUnderThisNodesLease() {
        String later = store.newIntegration().id();
        SyncRun newer = runs.enqueue(later, "FULL", "api", 2_000).run();
        SyncRun older = runs.enqueue(integration, "FULL", "api", 1_000).run();

        SyncRun claimed = runs.claim("node-a", 10_000, LEASE, null).orElseThrow();
        assertEquals(older.id(), claimed.id());
        assertEquals("RUNNING", claimed.state());
        assertEquals(1, claimed.attempts());
        assertEquals(10_000L, claimed.startedAt());
        assertEquals(new Lease("node-a", 10_000 + LEASE), lease(claimed.id()));
        assertEquals("QUEUED", run(newer.id()).state());

        assertEquals(newer.id(), runs.claim("node-b", 11_000, LEASE, null).orElseThrow().id());
        assertEquals(new Lease("node-b", 11_000 + LEASE), lease(newer.id()));
        assertTrue(runs.claim("node-c", 12_000, LEASE, null).isEmpty(), "nothing left to claim");
    }

    @StoreTest
    void claimWithAnIdTakesOnlyThatRun() {
        SyncRun older = runs.enqueue(integration, "FULL", "api", 1_000).run();
        SyncRun wanted = runs.enqueue(store.newIntegration().id(), "FULL", "api", 2_000).run();

        assertEquals(wanted.id(), runs.claim("node-a", 3_000, LEASE, wanted.id()).orElseThrow().id());
        assertEquals("QUEUED", run(older.id()).state());
        assertTrue(runs.claim("node-b", 3_500, LEASE, wanted.id()).isEmpty(), "its lease still runs");
        assertTrue(runs.claim("node-b", 3_500, LEASE, "no-such-run").isEmpty());
        assertEquals("node-a", lease(wanted.id()).owner());
    }

    @StoreTest
    void aRunWhoseLeaseExpiredIsResumedWithItsCheckpointsAndSince() {
        SyncRun queued = runs.enqueue(integration, "DELTA", "schedule", 1_000).run();
        runs.claim("node-a", 2_000, 100, null).orElseThrow();
        runs.setSince(queued.id(), 500);
        runs.saveCheckpoint(queued.id(), "candidates", Json.object().put("page", 7), COUNTS);

        assertTrue(runs.claim("node-b", 2_050, LEASE, null).isEmpty(), "node-a's lease still runs");
        SyncRun resumed = runs.claim("node-b", 2_200, LEASE, null).orElseThrow();
        assertEquals(queued.id(), resumed.id());
        assertEquals("RUNNING", resumed.state());
        assertEquals(2, resumed.attempts());
        assertEquals(500L, resumed.sinceAt());
        assertEquals(2_000L, resumed.startedAt(), "started_at is when the run first started");
        assertEquals(7, runs.checkpoints(queued.id()).get("candidates").get("page").asInt());
        assertEquals(new Lease("node-b", 2_200 + LEASE), lease(queued.id()));

        // The node that lost its lease can neither extend it nor end the run.
        assertFalse(runs.renew(queued.id(), "node-a", 9_000));
        assertFalse(succeed(resumed, "node-a"));
        assertEquals("RUNNING", run(queued.id()).state());
    }

    @StoreTest
    void onlyTheOwnerRenewsItsLease() {
        SyncRun claimed = runs.enqueue(integration, "FULL", "api", 1_000).run();
        runs.claim("node-a", 2_000, LEASE, null).orElseThrow();

        assertTrue(runs.renew(claimed.id(), "node-a", 500_000));
        assertEquals(new Lease("node-a", 500_000L), lease(claimed.id()));
        assertFalse(runs.renew(claimed.id(), "node-b", 900_000));
        assertEquals(new Lease("node-a", 500_000L), lease(claimed.id()));

        assertTrue(succeed(claimed, "node-a"));
        assertFalse(runs.renew(claimed.id(), "node-a", 900_000), "a finished run has no lease to renew");
    }

    @StoreTest
    void finishByANodeWithoutTheLeaseChangesNothing() {
        SyncRun claimed = runs.enqueue(integration, "FULL", "api", 1_000).run();
        runs.claim("node-a", 2_000, LEASE, null).orElseThrow();

        assertFalse(runs.finish(claimed.id(), "node-b", "FAILED", COUNTS, List.of("jobs"), "boom", "AUTHENTICATION",
                "detail"));
        SyncRun untouched = run(claimed.id());
        assertEquals("RUNNING", untouched.state());
        assertNull(untouched.endedAt());
        assertNull(untouched.error());
        assertNull(untouched.errorKind());
        assertEquals(SyncCounts.ZERO, untouched.counts());
        assertEquals(List.of(), untouched.changedModels());
        assertEquals("node-a", lease(claimed.id()).owner());

        assertTrue(runs.finish(claimed.id(), "node-a", "FAILED", COUNTS, List.of("jobs"), "boom", "AUTHENTICATION",
                "detail"));
        SyncRun finished = run(claimed.id());
        assertEquals("FAILED", finished.state());
        assertNotNull(finished.endedAt());
        assertEquals(COUNTS, finished.counts());
        assertEquals(List.of("jobs"), finished.changedModels());
        assertEquals("boom", finished.error());
        assertEquals("AUTHENTICATION", finished.errorKind());
        assertEquals("detail", finished.errorDetail());
        assertEquals(new Lease(null, null), lease(claimed.id()));
        assertFalse(runs.finish(claimed.id(), "node-a", "SUCCEEDED", COUNTS, List.of(), null, null, null),
                "a run ends once");
    }

    @StoreTest
    void checkpointsAreSavedAndReplacedPerStream() {
        SyncRun run = runs.enqueue(integration, "FULL", "api", 1_000).run();
        SyncRun other = runs.enqueue(store.newIntegration().id(), "FULL", "api", 1_000).run();
        assertTrue(runs.checkpoints(run.id()).isEmpty());

        runs.saveCheckpoint(run.id(), "candidates", Json.object().put("cursor", "a"), SyncCounts.ZERO);
        runs.saveCheckpoint(run.id(), "jobs", Json.object().put("page", 2), SyncCounts.ZERO);
        runs.saveCheckpoint(run.id(), "candidates", Json.object().put("cursor", "b"), SyncCounts.ZERO);
        runs.saveCheckpoint(other.id(), "candidates", Json.object().put("cursor", "other"), SyncCounts.ZERO);

        Map<String, JsonNode> checkpoints = runs.checkpoints(run.id());
        assertEquals(Set.of("candidates", "jobs"), checkpoints.keySet());
        assertEquals(Json.object().put("cursor", "b"), checkpoints.get("candidates"));
        assertEquals(Json.object().put("page", 2), checkpoints.get("jobs"));
        assertEquals(Set.of("candidates"), runs.checkpoints(other.id()).keySet());
    }

    @StoreTest
    void lastSuccessStartIsTheNewestSucceededRunsStart() {
        assertEquals(Optional.empty(), runs.lastSuccessStart(integration), "no runs at all");

        runFinished(1_000, 1_100, "SUCCEEDED");
        runFinished(2_000, 2_100, "SUCCEEDED");
        runFinished(3_000, 3_100, "FAILED");
        assertEquals(Optional.of(2_100L), runs.lastSuccessStart(integration));
        assertEquals(Optional.empty(), runs.lastSuccessStart(store.newIntegration().id()));
    }

    private SyncRun runFinished(long queuedAt, long startedAt, String state) {
        SyncRun run = runs.enqueue(integration, "FULL", "api", queuedAt).run();
        runs.claim("node-a", startedAt, LEASE, run.id()).orElseThrow();
        assertTrue(runs.finish(run.id(), "node-a", state, COUNTS, List.of(), null, null, null));
        return run(run.id());
    }

    @StoreTest
    void listIsNewestFirstWithAKeysetCursor() {
        List<SyncRun> all = new ArrayList<>();
        // Two runs queued in the same millisecond: the id breaks the tie.
        for (long queuedAt : new long[] {1_000, 2_000, 2_000, 3_000, 4_000}) {
            all.add(runFinished(queuedAt, queuedAt + 1, "SUCCEEDED"));
        }
        runs.enqueue(store.newIntegration().id(), "FULL", "api", 5_000);
        List<String> expected = all.stream()
                .sorted(Comparator.comparingLong(SyncRun::queuedAt).thenComparing(SyncRun::id).reversed())
                .map(SyncRun::id).toList();

        List<String> walked = new ArrayList<>();
        String before = null;
        while (true) {
            List<SyncRun> page = runs.list(integration, before, 2);
            if (page.isEmpty()) {
                break;
            }
            assertTrue(page.size() <= 2);
            page.forEach(run -> walked.add(run.id()));
            before = page.get(page.size() - 1).id();
        }
        assertEquals(expected, walked);
        assertEquals(expected.subList(0, 3), runs.list(integration, null, 3).stream().map(SyncRun::id).toList());
    }

    /** Nodes asking for a sync of one integration at the same moment all get the one run that was queued. */
    @StoreTest
    void concurrentRequestsForOneIntegrationQueueOneRun() throws Exception {
        List<SyncRunStore> nodes = List.of(runs, new SyncRunStore(store.openNode()), new SyncRunStore(store.openNode()));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<SyncRunStore.Enqueued>> requests = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                SyncRunStore node = nodes.get(t % nodes.size());
                requests.add(pool.submit(() -> {
                    start.await();
                    return node.enqueue(integration, "FULL", "api", System.currentTimeMillis());
                }));
            }
            start.countDown();
            Set<String> ids = new java.util.HashSet<>();
            int fresh = 0;
            for (Future<SyncRunStore.Enqueued> request : requests) {
                SyncRunStore.Enqueued enqueued = request.get(60, TimeUnit.SECONDS);
                ids.add(enqueued.run().id());
                fresh += enqueued.alreadyQueued() ? 0 : 1;
            }
            assertEquals(1, ids.size(), "every request answered with the same run");
            assertEquals(1, fresh, "exactly one request queued it");
        } finally {
            pool.shutdownNow();
        }
    }

    @StoreTest
    void concurrentClaimsNeverShareARunNorRunOneIntegrationTwice() throws Exception {
        List<String> integrations = new ArrayList<>(List.of(integration));
        for (int i = 1; i < 6; i++) {
            integrations.add(store.newIntegration().id());
        }
        for (String id : integrations) {
            runs.enqueue(id, "FULL", "test", 1_000);
        }
        List<SyncRunStore> nodes = List.of(runs, new SyncRunStore(store.openNode()), new SyncRunStore(store.openNode()));

        int threads = 6;
        int totalClaims = 60;
        Set<String> claimed = ConcurrentHashMap.newKeySet();
        Set<String> running = ConcurrentHashMap.newKeySet();
        List<String> violations = new CopyOnWriteArrayList<>();
        AtomicInteger claims = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                SyncRunStore node = nodes.get(t % nodes.size());
                String nodeId = "node-" + t;
                workers.add(pool.submit(() -> {
                    start.await();
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (claims.get() < totalClaims && System.nanoTime() < deadline) {
                        Optional<SyncRun> got = node.claim(nodeId, System.currentTimeMillis(), LEASE, null);
                        if (got.isEmpty()) {
                            String any = integrations.get(ThreadLocalRandom.current().nextInt(integrations.size()));
                            node.enqueue(any, "DELTA", "test", System.currentTimeMillis());
                            continue;
                        }
                        SyncRun run = got.get();
                        claims.incrementAndGet();
                        if (!claimed.add(run.id())) {
                            violations.add("run " + run.id() + " claimed twice");
                        }
                        if (!running.add(run.integrationId())) {
                            violations.add("two runs at once for " + run.integrationId());
                        }
                        if (run.attempts() != 1) {
                            violations.add("run " + run.id() + " attempted " + run.attempts() + " times");
                        }
                        // Released before finishing: once the finish commits, the integration may run again.
                        running.remove(run.integrationId());
                        if (!node.finish(run.id(), nodeId, "SUCCEEDED", COUNTS, List.of(), null, null, null)) {
                            violations.add("run " + run.id() + " could not be finished by its claimer");
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), violations);
        assertTrue(claims.get() >= totalClaims, "only " + claims.get() + " claims in time");
        for (String id : integrations) {
            assertTrue(runs.list(id, null, 1000).stream().filter(SyncRun::active).count() <= 1);
        }
    }
}
