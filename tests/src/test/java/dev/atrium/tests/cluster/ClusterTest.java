package dev.atrium.tests.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import dev.atrium.engine.store.IntegrationSettings;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.Engine;
import dev.atrium.engine.EngineSettings;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.loading.MappingLoader;
import dev.atrium.engine.loading.Mappings;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.engine.store.EndUser;
import dev.atrium.engine.store.Environment;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.Secrets;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.engine.testing.PostgresSchema;
import dev.atrium.sandbox.SimulatorInfo;
import dev.atrium.sandbox.sagehr.SageHrCounts;
import dev.atrium.sandbox.sagehr.SageHrSettings;
import dev.atrium.sandbox.sagehr.model.RecruitmentPosition;
import dev.atrium.server.admin.IntegrationAdmin;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several {@code atrium serve} processes on one PostgreSQL store: they never run syncs of one integration at
 * the same time, and a node killed mid-sync has its sync resumed from its checkpoints by another node.
 */
@ExtendWith(PostgresSchema.Available.class)
class ClusterTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final Duration NODE_START = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    private final List<AtriumNode> nodes = new ArrayList<>();
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private PostgresSchema schema;
    private Path keyFile;
    private Path mappingsDir;
    private Vertx vertx;
    private Engine engine;
    private IntegrationAdmin admin;
    private String environmentId;
    private String apiKey;

    /** Prints every node's last output lines when a test failed, while the nodes still exist. */
    @RegisterExtension
    final AfterTestExecutionCallback printNodesOnFailure = context -> {
        if (context.getExecutionException().isPresent()) {
            for (AtriumNode node : nodes) {
                System.err.println("==== last output of " + node.name() + (node.alive() ? "" : " (exited)")
                        + " ====\n" + node.tail(80));
            }
        }
    };

    @BeforeEach
    void openStore() {
        schema = PostgresSchema.create();
        keyFile = folder.resolve("secret.key");
        // Given to the nodes too, so they and the test read the same files even if the jar is older than them.
        mappingsDir = Path.of("..", "mappings").toAbsolutePath().normalize();
        vertx = Vertx.vertx();
        ModelCatalog models = ModelCatalog.load();
        Mappings mappings = new MappingLoader(models).loadDirectory(mappingsDir).orThrow();
        // The same store and key as the nodes: whatever the test writes (encrypted credentials) they can read.
        engine = Engine.open(vertx, EngineSettings.of(schema.url(), Secrets.fromKeyFile(keyFile)), models, mappings);
        admin = new IntegrationAdmin(engine);
        Environment environment = admin.createEnvironment("production");
        environmentId = environment.id();
        apiKey = admin.createApiKey(environment.id(), false, "cluster test").key();
    }

    @AfterEach
    void closeEverything() throws Exception {
        List<Throwable> problems = new ArrayList<>();
        for (AtriumNode node : nodes) {
            attempt(problems, node::close);
        }
        for (AutoCloseable resource : resources) {
            attempt(problems, resource::close);
        }
        if (engine != null) {
            attempt(problems, engine::close);
        }
        if (vertx != null) {
            attempt(problems, () -> vertx.close().await());
        }
        // Last, once no node and no pool holds a connection to the schema.
        if (schema != null) {
            attempt(problems, schema::close);
        }
        if (!problems.isEmpty()) {
            Exception failure = new IllegalStateException("clean-up failed");
            problems.forEach(failure::addSuppressed);
            throw failure;
        }
    }

    @Test
    void twoNodesNeverRunSyncsOfOneIntegrationAtTheSameTime() {
        // Four tenants, each on a tool of its own so the tool's request log tells them apart; small enough that
        // a sync takes a second or so under this load, so every integration syncs many times while both tick.
        Map<String, RecordingSageHr> toolOf = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            RecordingSageHr tool = sageHr(100 + i, SageHrCounts.defaults().withPositions(20).withApplicants(300), 20);
            toolOf.put(connect(tool.info(), "Tenant " + i).id(), tool);
        }
        List<String> integrations = List.copyOf(toolOf.keySet());
        AtriumNode a = node("node-a", 2, 10, 1);
        AtriumNode b = node("node-b", 2, 10, 1);

        // Ask for syncs of every integration, through either node, for a while: most requests find one queued
        // or running, the rest queue the next sync as soon as the previous one ended.
        Set<String> queuedByTest = new HashSet<>();
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (int round = 0; System.nanoTime() < until; round++) {
            for (String integration : integrations) {
                JsonNode data = forceSync(round % 2 == 0 ? a : b, integration);
                if (!data.get("already_queued").asBoolean()) {
                    queuedByTest.add(data.get("sync_id").asText());
                }
            }
            // Paces the requests; the run's outcome does not depend on it.
            pause(50);
        }
        for (String integration : integrations) {
            await("the syncs of " + integration + " to end",
                    () -> engine.syncRuns().active(integration).isEmpty() ? true : null);
        }

        Map<String, String> nodeOfSync = new HashMap<>();
        List<String> doubleStarts = new ArrayList<>();
        for (AtriumNode node : List.of(a, b)) {
            for (AtriumNode.Event started : node.events("sync.started")) {
                String previous = nodeOfSync.put(started.get("sync"), node.name());
                if (previous != null) {
                    doubleStarts.add(started.get("sync") + " on " + previous + " and " + node.name());
                }
            }
        }
        assertEquals(List.of(), doubleStarts, "a sync was started more than once");
        Set<String> allRuns = new TreeSet<>();
        for (String integration : integrations) {
            List<SyncRun> runs = runs(integration);
            assertTrue(runs.size() >= 3, "only " + runs.size() + " syncs of " + integration + " ran");
            for (SyncRun run : runs) {
                allRuns.add(run.id());
                assertEquals("SUCCEEDED", run.state(), () -> "sync " + run.id() + " of " + integration + ": "
                        + run.error());
                assertEquals(1, run.attempts(), "sync " + run.id() + " was taken up more than once");
                assertTrue(nodeOfSync.containsKey(run.id()), "no node logged the start of sync " + run.id());
            }
            runs.sort(Comparator.comparing(SyncRun::startedAt));
            for (int i = 1; i < runs.size(); i++) {
                SyncRun before = runs.get(i - 1);
                SyncRun after = runs.get(i);
                assertTrue(after.startedAt() >= before.endedAt(), "syncs of " + integration + " overlap: "
                        + describe(before, nodeOfSync) + " and " + describe(after, nodeOfSync));
            }
            // Seen from the tool: every request of this tenant came while one of its syncs ran, so no node kept
            // working on a sync the store says has ended (or had not started).
            for (RecordingSageHr.Request request : toolOf.get(integration).requests()) {
                long at = request.receivedAtMillis();
                assertTrue(runs.stream().anyMatch(run -> run.startedAt() <= at && at <= run.endedAt()),
                        "the tool of " + integration + " got " + request.path() + "?" + request.query() + " at " + at
                                + " outside every sync of it");
            }
        }
        assertTrue(allRuns.containsAll(queuedByTest), "every sync the test queued is in the history");
        assertEquals(allRuns, nodeOfSync.keySet(), "the nodes started exactly the syncs in the history");
        Map<String, Long> perNode = nodeOfSync.values().stream()
                .collect(Collectors.groupingBy(name -> name, Collectors.counting()));
        assertTrue(perNode.getOrDefault("node-a", 0L) > 0 && perNode.getOrDefault("node-b", 0L) > 0,
                "both nodes ran syncs: " + perNode);
        for (AtriumNode node : List.of(a, b)) {
            assertEquals(List.of(), node.events("sync.lease_lost"), node.name() + " lost a lease");
            assertEquals(List.of(), node.events("scheduler.sync_crashed"), node.name() + " crashed a sync");
        }
        long totalMillis = 0;
        for (String integration : integrations) {
            for (SyncRun run : runs(integration)) {
                totalMillis += run.endedAt() - run.startedAt();
            }
        }
        int busiestTool = toolOf.values().stream().mapToInt(tool -> tool.requests().size()).max().orElse(0);
        System.out.println("cluster: " + allRuns.size() + " syncs of " + integrations.size()
                + " integrations, by node " + perNode + ", " + (totalMillis / Math.max(1, allRuns.size()))
                + " ms each on average; the busiest tenant's tool got " + busiestTool + " requests");
    }

    @Test
    void aSyncWhoseNodeWasKilledIsResumedFromItsCheckpointByAnotherNode() {
        // Small pages make a FULL sync of this tenant ten pages of positions and some 300 requests, several
        // seconds, with a checkpoint after each page of positions: the node is killed after its first checkpoint,
        // long before the end. (Some 300 requests also stay within the Sage HR mapping's request burst.)
        int perPage = 20;
        RecordingSageHr tool = sageHr(11, SageHrCounts.defaults().withPositions(200).withApplicants(4000), perPage);
        String integration = connect(tool.info(), "Big Tenant").id();
        List<RecruitmentPosition> positions = tool.simulator().store().livePositions();
        int positionPages = (positions.size() + perPage - 1) / perPage;

        AtriumNode a = node("node-a", 1, 4, 1);
        String syncId = forceSync(a, integration).get("sync_id").asText();
        JsonNode seen = await("a checkpoint of sync " + syncId + " past the first page of positions", () -> {
            JsonNode checkpoint = engine.syncRuns().checkpoints(syncId).get("positions");
            return checkpoint != null && checkpoint.has("next") ? checkpoint : null;
        });
        a.kill();
        long killedAt = System.currentTimeMillis();
        SyncRun orphan = engine.syncRuns().find(syncId).orElseThrow();
        assertEquals("RUNNING", orphan.state(), "the sync ended before its node was killed; make the tenant larger");
        assertEquals(1, orphan.attempts());
        assertEquals(List.of(syncId), a.events("sync.started").stream().map(event -> event.get("sync")).toList(),
                "syncs node A started");
        assertEquals(List.of(), a.events("sync.finished"), "node A finished a sync");

        AtriumNode b = node("node-b", 1, 4, 1);
        SyncRun done = await("sync " + syncId + " to end on node B",
                () -> engine.syncRuns().find(syncId).filter(run -> !run.active()).orElse(null));
        assertEquals("SUCCEEDED", done.state(), done.error());
        assertEquals(2, done.attempts(), "node B took the sync up a second time");
        List<AtriumNode.Event> startedOnB = b.events("sync.started");
        assertEquals(1, startedOnB.size(), "syncs node B started: " + startedOnB);
        assertEquals(syncId, startedOnB.get(0).get("sync"));
        assertEquals("2", startedOnB.get(0).get("attempt"));
        List<AtriumNode.Event> resumed = b.events("sync.resumed");
        assertEquals(1, resumed.size(), "node B resumed one stream: " + resumed);
        assertEquals("positions", resumed.get(0).get("stream"));
        int pagesDoneByA = Integer.parseInt(resumed.get(0).get("page"));
        assertTrue(pagesDoneByA >= seen.get("next").get("index").asInt() && pagesDoneByA < positionPages,
                "node B resumed after " + pagesDoneByA + " of " + positionPages + " pages of positions; a checkpoint"
                        + " after " + seen.get("next").get("index") + " pages was seen before the kill");

        // What node B asked the tool for: the rest of the positions only, and no applicants of positions on the
        // pages node A had finished.
        List<RecordingSageHr.Request> byB = tool.requests().stream()
                .filter(request -> request.receivedAtMillis() > killedAt).toList();
        List<Integer> positionPagesByB = byB.stream()
                .filter(request -> request.path().endsWith("/recruitment/positions"))
                .map(request -> Integer.parseInt(request.param("page"))).toList();
        List<Integer> remaining = new ArrayList<>();
        for (int page = pagesDoneByA + 1; page <= positionPages; page++) {
            remaining.add(page);
        }
        assertEquals(remaining, positionPagesByB, "pages of positions node B asked for");
        Set<String> finishedByA = positions.subList(0, pagesDoneByA * perPage).stream()
                .map(position -> "/recruitment/positions/" + position.id() + "/applicants")
                .collect(Collectors.toSet());
        List<String> repeated = byB.stream().map(RecordingSageHr.Request::path)
                .filter(path -> finishedByA.stream().anyMatch(path::endsWith)).toList();
        assertEquals(List.of(), repeated, "node B fetched applicants of positions node A had checkpointed");

        // The store converged to the tenant: every record once, none marked deleted.
        long applicants = tool.simulator().store().liveApplicantTotal();
        Map<String, Long> expected = Map.of("jobs", (long) positions.size(), "candidates", applicants,
                "applications", applicants);
        expected.forEach((model, count) -> {
            assertEquals(count, engine.records().count(integration, model, true), model + " stored");
            assertEquals(count, engine.records().count(integration, model, false), model + " not deleted");
        });
        for (String model : engine.mappings().find("sagehr").orElseThrow().models()) {
            assertEquals(engine.records().count(integration, model, true),
                    engine.records().count(integration, model, false), model + " records marked deleted");
        }
        assertEquals(List.of(), b.events("sync.lease_lost"), "node B lost its lease");
        // What both attempts did is the sync's: the models node A alone wrote count as changed too.
        SyncRun finished = engine.syncRuns().find(orphan.id()).orElseThrow();
        assertEquals(new TreeSet<>(engine.mappings().find("sagehr").orElseThrow().models()),
                new TreeSet<>(finished.changedModels()), "changed models of the whole sync");
        assertTrue(finished.counts().added() + finished.counts().unchanged() >= 2 * applicants + positions.size(),
                "counts go on from node A's checkpoint: " + finished.counts());
        System.out.println("cluster: node A read " + pagesDoneByA + " of " + positionPages + " pages of positions ("
                + (tool.requests().size() - byB.size()) + " requests) before it was killed; node B made "
                + byB.size() + " requests");
    }

    /** A Sage HR tenant of its own, without the tool's rate limit, serving at most {@code perPage} per page. */
    private RecordingSageHr sageHr(long seed, SageHrCounts counts, int perPage) {
        SageHrSettings base = SageHrSettings.defaults().withCounts(counts).withRateLimit(0, 60);
        SageHrSettings settings = new SageHrSettings(base.counts(), Math.min(base.perPageDefault(), perPage), perPage,
                base.perPageOverflow(), base.corePageSize(), base.acceptHeaderQuirk(), base.timestampFormat(),
                base.emailUniqueness(), base.closedPositionStatus(), base.stageScope(), base.extraHiringTeamRoles(),
                base.rateLimitPerWindow(), base.rateLimitWindowSeconds());
        RecordingSageHr tool = new RecordingSageHr(vertx, seed, settings);
        resources.add(tool);
        return tool;
    }

    private Integration connect(SimulatorInfo simulator, String company) {
        return admin.createIntegration(environmentId, "sagehr", simulator.credentials(), simulator.baseUrl(),
                new EndUser(company, null, null), IntegrationSettings.readingAll());
    }

    /** Starts a node on the test's store and key with the given workers, lease and scheduler tick (seconds). */
    private AtriumNode node(String name, int workers, int leaseSeconds, int tickSeconds) {
        AtriumNode node = AtriumNode.start(name, folder, List.of("--database", schema.url(),
                "--secret-key-file", keyFile.toString(), "--mappings", mappingsDir.toString(),
                "--sync-workers", String.valueOf(workers), "--sync-lease", String.valueOf(leaseSeconds),
                "--scheduler-tick", String.valueOf(tickSeconds)), NODE_START);
        nodes.add(node);
        return node;
    }

    /** {@code POST /v1/force-sync} of a FULL sync on a node; returns the answer's data. */
    private JsonNode forceSync(AtriumNode node, String integrationId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.baseUrl() + "/v1/force-sync"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + apiKey).header("X-Integration-Id", integrationId)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"FULL\"}")).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), () -> "force-sync on " + node.name() + ": " + response.body());
            JsonNode body = Json.parse(response.body());
            assertEquals("success", body.path("status").asText(), response.body());
            return body.get("data");
        } catch (IOException e) {
            throw new AssertionError("force-sync on " + node.name() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A run's interval and node, for failure messages. */
    private static String describe(SyncRun run, Map<String, String> nodeOfSync) {
        return run.id() + " [" + run.startedAt() + ", " + run.endedAt() + "] on " + nodeOfSync.get(run.id());
    }

    /** Every sync of an integration in the store's history. */
    private List<SyncRun> runs(String integrationId) {
        List<SyncRun> all = new ArrayList<>();
        String before = null;
        while (true) {
            List<SyncRun> page = engine.syncRuns().list(integrationId, before, 500);
            all.addAll(page);
            if (page.size() < 500) {
                return all;
            }
            before = page.get(page.size() - 1).id();
        }
    }

    /** Polls until {@code condition} gives a value, or fails after the deadline. */
    private static <T> T await(String what, Supplier<T> condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            T value = condition.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                fail("waited " + DEADLINE.toSeconds() + " s for " + what);
            }
            pause(20);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void attempt(List<Throwable> problems, Step step) {
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            problems.add(e);
        }
    }
}
