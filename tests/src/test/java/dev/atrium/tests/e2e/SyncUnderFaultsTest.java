package dev.atrium.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.RecordQuery;
import dev.atrium.engine.store.StoredRecord;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.sandbox.SandboxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For every tool: a FULL sync through 20% server errors, 429 bursts and added latency, after a clean one, leaves
 * the store exactly as the clean sync left it (no record added, changed or deleted), with the attempts each
 * mapping ships with.
 */
class SyncUnderFaultsTest {

    private static final String FAULTS = "{\"errors\": {\"503\": 0.1, \"500\": 0.05, \"502\": 0.05},"
            + " \"rate_limit_bursts\": {\"every\": 8, \"length\": 2, \"retry_after_seconds\": 1},"
            + " \"latency_ms\": {\"min\": 0, \"max\": 20}}";

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"sagehr", "paycor", "icims", "phenom", "digitalrecruiters"})
    void aSyncThroughFaultsLeavesWhatACleanSyncStored(String tool) throws Exception {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults().withSeed(23),
                quickRetries(folder))) {
            assertTrue(atrium.engine.mappings().find(tool).isPresent(), "mappings/" + tool + ".yaml exists");
            Integration integration = atrium.connect(atrium.environmentWithKey("production")[0], tool);
            SyncRun clean = atrium.sync(integration.id());
            assertEquals("SUCCEEDED", clean.state(), clean.error());
            Map<String, Map<String, StoredRecord>> before = stored(atrium, integration.id(), tool);
            assertTrue(before.values().stream().mapToInt(Map::size).sum() > 10, "the tool has data: " + before.keySet());

            AtriumUnderTest.Response set = atrium.post(atrium.sandboxBase() + "/_control/" + tool + "/faults",
                    FAULTS, Map.of());
            assertEquals(200, set.status(), String.valueOf(set.body()));
            SyncRun faulted = atrium.sync(integration.id());

            assertEquals("SUCCEEDED", faulted.state(), faulted.error());
            JsonNode counts = Json.parse(RawHttp.get(atrium.sandboxBase() + "/_control/" + tool + "/faults", Map.of())
                    .body()).get("counts");
            // A tool read in a handful of requests (one feed, a few pages) may miss the 429 bursts.
            assertTrue(counts.path("errors").size() > 0 || counts.path("rate_limited").asLong() > 0,
                    "faults were met: " + counts);
            assertEquals(0, faulted.counts().added() + faulted.counts().changed() + faulted.counts().deleted(),
                    "nothing added, changed or deleted: " + faulted.counts());
            Map<String, Map<String, StoredRecord>> after = stored(atrium, integration.id(), tool);
            for (String model : before.keySet()) {
                assertEquals(before.get(model).keySet(), after.get(model).keySet(), tool + " " + model);
                for (var entry : before.get(model).entrySet()) {
                    assertEquals(entry.getValue(), after.get(model).get(entry.getKey()),
                            tool + " " + model + " " + entry.getKey());
                }
            }
        }
    }

    /** Every stored record of the tool's models, deleted ones included, by model and remote id. */
    private static Map<String, Map<String, StoredRecord>> stored(AtriumUnderTest atrium, String integrationId,
            String tool) {
        Map<String, Map<String, StoredRecord>> records = new TreeMap<>();
        for (String model : atrium.engine.mappings().find(tool).orElseThrow().models()) {
            records.put(model, byRemoteId(atrium, integrationId, model));
        }
        return records;
    }

    /**
     * The shipped mappings with short waits between attempts: the attempts and what is retried stay as shipped,
     * only the test takes seconds instead of minutes.
     */
    private static Path quickRetries(Path home) throws IOException {
        Path folder = Files.createDirectories(home.resolve("mappings"));
        try (var files = Files.list(Path.of("../mappings"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(file);
                String quick = text.replaceAll("initial_delay_ms: \\d+", "initial_delay_ms: 10")
                        .replaceAll("max_delay_ms: \\d+", "max_delay_ms: 100");
                assertTrue(quick.contains("initial_delay_ms: 10\n"), file + " has its waits shortened");
                Files.writeString(folder.resolve(file.getFileName()), quick);
            }
        }
        return folder;
    }

    private static Map<String, StoredRecord> byRemoteId(AtriumUnderTest atrium, String integrationId, String model) {
        Map<String, StoredRecord> records = new TreeMap<>();
        String after = null;
        while (true) {
            List<StoredRecord> page = atrium.engine.records().list(new RecordQuery(integrationId, model, true, after,
                    1000, List.of()));
            page.forEach(record -> records.put(record.remoteId(), record));
            if (page.size() < 1000) {
                return records;
            }
            after = page.get(page.size() - 1).id();
        }
    }
}
