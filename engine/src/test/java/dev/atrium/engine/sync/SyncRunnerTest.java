package dev.atrium.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import dev.atrium.engine.store.IntegrationSettings;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atrium.engine.Engine;
import dev.atrium.engine.EngineSettings;
import dev.atrium.engine.store.Secrets;
import dev.atrium.engine.http.FakeRemote;
import dev.atrium.engine.ids.RecordIds;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.loading.MappingLoader;
import dev.atrium.engine.loading.Mappings;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.engine.store.Environment;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.QuarantinedRecord;
import dev.atrium.engine.store.StoredRecord;
import dev.atrium.engine.store.SyncRun;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full syncs against a programmable remote: fan-out, changes, deletions, failures, quarantine. */
class SyncRunnerTest {

    @TempDir
    Path folder;
    private Vertx vertx;
    private FakeRemote remote;
    private Engine engine;
    private Integration integration;

    /** The remote's data: position id to its applicants (id to [name, email]). */
    private final Map<Integer, Map<Integer, String[]>> positions = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> failingPositions = new ConcurrentHashMap<>();
    private volatile boolean repeatPages;

    @BeforeEach
    void start() throws IOException {
        vertx = Vertx.vertx();
        remote = new FakeRemote(vertx);
        remote.get("/api/positions", this::positionsPage);
        remote.get("/api/positions/:id/applicants", this::applicants);
        ModelCatalog models = ModelCatalog.load();
        String text;
        try (InputStream in = getClass().getResourceAsStream("/sync/demo.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Mappings mappings = new MappingLoader(models).loadText("demo.yaml", text).orThrow();
        engine = Engine.open(vertx, EngineSettings.of("sqlite:" + folder.resolve("atrium.db"),
                Secrets.fromKeyFile(folder.resolve("secret.key"))), models, mappings);
        Environment environment = engine.environments().createEnvironment("test");
        integration = engine.integrations().create(environment.id(), "demo", remote.baseUrl() + "/api",
                Map.of("api_key", "secret"), IntegrationSettings.readingAll(), null);
        for (int p = 1; p <= 5; p++) {
            Map<Integer, String[]> applicants = new ConcurrentHashMap<>();
            for (int a = 1; a <= 3; a++) {
                int id = p * 100 + a;
                applicants.put(id, new String[] {"Name" + id, "person" + id + "@example.test"});
            }
            positions.put(p, applicants);
        }
    }

    @AfterEach
    void stop() {
        engine.close();
        remote.close();
        vertx.close().await();
    }

    private void positionsPage(RoutingContext context) {
        int page = Integer.parseInt(context.request().getParam("page", "1"));
        List<Integer> ids = positions.keySet().stream().sorted().toList();
        int size = 2;
        int from = repeatPages ? 0 : (page - 1) * size;
        String data = ids.subList(Math.min(from, ids.size()), Math.min(from + size, ids.size())).stream()
                .map(id -> "{\"id\": " + id + ", \"title\": \"Position " + id + "\"}")
                .collect(Collectors.joining(", "));
        boolean last = from + size >= ids.size() && !repeatPages;
        FakeRemote.json(context, 200, "{\"data\": [" + data + "], \"meta\": {\"next_page\": "
                + (last ? "null" : page + 1) + "}}");
    }

    private void applicants(RoutingContext context) {
        int position = Integer.parseInt(context.pathParam("id"));
        if (failingPositions.containsKey(position)) {
            FakeRemote.json(context, failingPositions.get(position), "{\"error\": \"nope\"}");
            return;
        }
        String data = positions.getOrDefault(position, Map.of()).entrySet().stream()
                .map(entry -> "{\"id\": " + entry.getKey() + ", \"name\": \"" + entry.getValue()[0] + "\", \"email\": "
                        + (entry.getValue()[1] == null ? "7" : "\"" + entry.getValue()[1] + "\"") + "}")
                .collect(Collectors.joining(", "));
        FakeRemote.json(context, 200, "{\"data\": [" + data + "]}");
    }

    private SyncRun sync() {
        return engine.syncs().runNow(integration.id(), SyncType.FULL, "test", SyncListener.NONE);
    }

    private StoredRecord record(String model, String remoteId) {
        String id = RecordIds.of(integration.id(), model, remoteId);
        return engine.records().getByIds(integration.id(), model, List.of(id)).get(id);
    }

    @Test
    void aFullSyncStoresEveryStreamThroughTheFanOut() {
        SyncRun run = sync();
        assertEquals("SUCCEEDED", run.state(), run.error());
        assertEquals(5, engine.records().count(integration.id(), "jobs", false));
        assertEquals(15, engine.records().count(integration.id(), "candidates", false));
        assertEquals(15, engine.records().count(integration.id(), "applications", false));
        assertEquals(5 + 15 + 15, run.counts().added());
        assertEquals(3 + 5, run.counts().requests());
        StoredRecord application = record("applications", "301");
        assertEquals(RecordIds.of(integration.id(), "jobs", "3"), application.content().get("job_id").asText());
        assertEquals(RecordIds.of(integration.id(), "candidates", "301"), application.content().get("candidate_id").asText());
        assertTrue(application.content().get("rejected_at").isNull(), "keys the transform left out are explicit nulls");
        assertNotNull(engine.integrations().find(integration.id()).orElseThrow().firstSyncCompletedAt());
    }

    @Test
    void aSecondFullSyncMarksChangesAndDeletions() {
        sync();
        long unchangedAt = record("candidates", "101").changedAt();
        long changedBefore = record("candidates", "102").changedAt();
        positions.get(1).put(102, new String[] {"Renamed", "person102@example.test"});
        positions.get(2).remove(201);
        positions.remove(5);

        SyncRun second = sync();
        assertEquals("SUCCEEDED", second.state(), second.error());
        assertEquals(unchangedAt, record("candidates", "101").changedAt());
        assertTrue(record("candidates", "102").changedAt() > changedBefore);
        assertNotNull(record("candidates", "201").remoteDeletedAt());
        assertNotNull(record("applications", "201").remoteDeletedAt());
        assertNotNull(record("jobs", "5").remoteDeletedAt());
        assertNull(record("jobs", "4").remoteDeletedAt());
        // Position 5 with its three applicants (candidate and application each), and applicant 201 (both).
        assertEquals(1 + 3 * 2 + 2, second.counts().deleted());
        assertEquals(1, second.counts().changed());

        positions.get(2).put(201, new String[] {"Name201", "person201@example.test"});
        sync();
        assertNull(record("candidates", "201").remoteDeletedAt(), "a record that comes back is live again");
    }

    @Test
    void aSyncThatFailsPartWayDeletesNothingAndKeepsWhatItRead() {
        sync();
        positions.get(1).put(104, new String[] {"New", "new@example.test"});
        positions.get(1).remove(101);
        failingPositions.put(4, 500);

        SyncRun failed = sync();
        assertEquals("FAILED", failed.state());
        assertTrue(failed.error().contains("/positions/4/applicants") && failed.error().contains("500"), failed.error());
        assertEquals("{\"error\": \"nope\"}", failed.errorDetail());
        assertNull(record("candidates", "101").remoteDeletedAt(), "a failed sync never deletes");
        assertNotNull(record("candidates", "104"), "what was read before the failure is stored");
        assertEquals(0, failed.counts().deleted());
    }

    @Test
    void invalidRecordsAreQuarantinedWithoutFailingTheSync() {
        sync();
        positions.get(3).put(302, new String[] {"Bad", null});
        SyncRun run = sync();
        assertEquals("SUCCEEDED", run.state(), run.error());
        assertEquals(1, run.counts().quarantined());
        List<QuarantinedRecord> quarantined = engine.syncRuns().quarantined(run.id());
        assertEquals(1, quarantined.size());
        assertEquals("candidates", quarantined.get(0).model());
        assertEquals("302", quarantined.get(0).remoteId());
        assertTrue(quarantined.get(0).reason().startsWith("email_addresses.0.email_address:"), quarantined.get(0).reason());
        StoredRecord kept = record("candidates", "302");
        assertNull(kept.remoteDeletedAt(), "the stored version stays and is not taken for deleted");
        assertEquals("person302@example.test", kept.content().at("/email_addresses/0/email_address").asText());
        assertNull(record("applications", "302").remoteDeletedAt());
    }

    @Test
    void aPageThatRepeatsForeverStopsTheSync() {
        repeatPages = true;
        SyncRun run = sync();
        assertEquals("FAILED", run.state());
        assertTrue(run.error().contains("repeats the page before it"), run.error());
    }
}
