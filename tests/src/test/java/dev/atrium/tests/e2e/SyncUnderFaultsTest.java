package dev.atrium.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.RecordQuery;
import dev.atrium.engine.store.StoredRecord;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For every tool: a FULL sync through 20% server errors, 429 bursts and added latency stores exactly what a
 * sync without faults stores. Two integrations of the same sandbox tool are compared record by record, with
 * each one's own ids translated to the other's (ids are derived from the integration).
 */
class SyncUnderFaultsTest {

    private static final String FAULTS = "{\"errors\": {\"503\": 0.1, \"500\": 0.05, \"502\": 0.05},"
            + " \"rate_limit_bursts\": {\"every\": 8, \"length\": 2, \"retry_after_seconds\": 1},"
            + " \"latency_ms\": {\"min\": 0, \"max\": 20}}";

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"sagehr", "paycor", "icims", "phenom", "digitalrecruiters"})
    void aSyncThroughFaultsStoresWhatACleanSyncStores(String tool) throws Exception {
        // Two sandboxes of the same seed: the same data and credentials (a Paycor refresh token works once, so
        // two integrations of one sandbox could not both start).
        Map<String, Map<String, StoredRecord>> clean = syncedRecords(tool, null);
        Map<String, Map<String, StoredRecord>> faulted = syncedRecords(tool, FAULTS);

        Map<String, String> faultedToClean = new HashMap<>();
        clean.forEach((model, records) -> records.forEach((remoteId, record) -> {
            StoredRecord twin = faulted.get(model).get(remoteId);
            if (twin != null) {
                faultedToClean.put(twin.id(), record.id());
            }
        }));
        assertTrue(clean.values().stream().mapToInt(Map::size).sum() > 10, "the tool has data: " + clean.keySet());
        for (String model : clean.keySet()) {
            assertEquals(clean.get(model).keySet(), faulted.get(model).keySet(), tool + " " + model + ": the same records");
            for (var entry : clean.get(model).entrySet()) {
                JsonNode expected = comparable(entry.getValue().content(), Map.of());
                JsonNode actual = comparable(faulted.get(model).get(entry.getKey()).content(), faultedToClean);
                assertEquals(expected, actual, tool + " " + model + " " + entry.getKey());
            }
        }
    }

    /** A FULL sync of the tool from a fresh sandbox under the faults (none when null): every record by model. */
    private Map<String, Map<String, StoredRecord>> syncedRecords(String tool, String faults) throws Exception {
        Path home = Files.createDirectories(folder.resolve(faults == null ? "clean" : "faulted"));
        try (AtriumUnderTest atrium = new AtriumUnderTest(home, SandboxOptions.defaults().withSeed(23))) {
            assertTrue(atrium.engine.mappings().find(tool).isPresent(), "mappings/" + tool + ".yaml exists");
            Integration integration = atrium.connect(atrium.environmentWithKey("production")[0], tool);
            if (faults != null) {
                AtriumUnderTest.Response set = atrium.post(atrium.sandboxBase() + "/_control/" + tool + "/faults",
                        faults, Map.of());
                assertEquals(200, set.status(), String.valueOf(set.body()));
            }
            SyncRun run = atrium.sync(integration.id());
            assertEquals("SUCCEEDED", run.state(), run.error());
            if (faults != null) {
                JsonNode counts = Json.parse(RawHttp.get(atrium.sandboxBase() + "/_control/" + tool + "/faults",
                        Map.of()).body()).get("counts");
                assertTrue(counts.path("errors").size() > 0 && counts.path("rate_limited").asLong() > 0,
                        "faults were met: " + counts);
            }
            Map<String, Map<String, StoredRecord>> records = new TreeMap<>();
            for (String model : atrium.engine.mappings().find(tool).orElseThrow().models()) {
                records.put(model, byRemoteId(atrium, integration.id(), model));
            }
            return records;
        }
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

    /** The content without what differs between two syncs of the same data (when it changed), ids translated. */
    private static JsonNode comparable(ObjectNode content, Map<String, String> ids) {
        ObjectNode copy = content.deepCopy();
        copy.remove("changed_at");
        return translated(copy, ids);
    }

    private static JsonNode translated(JsonNode node, Map<String, String> ids) {
        if (node.isTextual()) {
            String clean = ids.get(node.textValue());
            return clean == null ? node : TextNode.valueOf(clean);
        }
        if (node.isObject()) {
            ObjectNode out = Json.object();
            node.fields().forEachRemaining(field -> out.set(field.getKey(), translated(field.getValue(), ids)));
            return out;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(item -> items.add(translated(item, ids)));
            return Json.MAPPER.valueToTree(items);
        }
        return node;
    }
}
