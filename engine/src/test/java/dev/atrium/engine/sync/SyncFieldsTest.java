package dev.atrium.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.http.FakeRemote;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.CustomField;
import dev.atrium.engine.store.IntegrationField;
import dev.atrium.engine.store.IntegrationFieldStore;
import dev.atrium.engine.store.SyncRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What syncs learn of an integration's raw fields, and how its selection shapes the records they store. */
class SyncFieldsTest {

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
              people:
                request: { path: /people }
                records: data
                emit:
                  - model: candidates
                    transform: |
                      { "remote_id": $string(id), "first_name": first, "custom_fields": { "origin": "mapping" } }
                  - model: tags
                    transform: '{ "remote_id": "tag-" & $string(id), "name": nick ? nick : first }'
            """;

    @TempDir
    Path folder;

    private final AtomicReference<String> people = new AtomicReference<>("""
            {"data": [
              {"id": 1, "first": "Ann", "shirt": "M", "badge": {"level": 2}, "notes": null, "nick": "A"},
              {"id": 2, "first": "Bob", "shirt": "L", "badge": [1, 2]},
              {"id": 3, "first": "Cy"}
            ]}""");

    private SyncHarness harness() {
        SyncHarness harness = new SyncHarness(folder, MAPPING, Map.of());
        harness.remote.get("/people", context -> FakeRemote.json(context, 200, people.get()));
        return harness;
    }

    @Test
    void aSyncListsTheRawKeysOfModelsWithIntegrationFieldsTypedByWhatTheMappingReads() {
        try (SyncHarness harness = harness()) {
            assertEquals("SUCCEEDED", harness.sync().state());
            Map<String, String> types = types(harness);
            // "nick" is read by the tags transform of the same raw records: the mapping knows it.
            assertEquals(Map.of("id", "DEFAULT", "first", "DEFAULT", "nick", "DEFAULT", "shirt", "CUSTOM",
                    "badge", "CUSTOM", "notes", "CUSTOM"), types,
                    "tags carry no integration fields, so only candidates are listed");

            // A later sync whose records lack some keys: those stay listed, new ones are added.
            people.set("{\"data\": [{\"id\": 1, \"first\": \"Ann\", \"team\": \"blue\"}]}");
            assertEquals("SUCCEEDED", harness.sync().state());
            assertEquals(7, types(harness).size());
            assertEquals("CUSTOM", types(harness).get("team"));
        }
    }

    @Test
    void mappedCustomFieldsAndPassedThroughFieldsCarryTheRawValuesAfterTheNextSync() {
        try (SyncHarness harness = harness()) {
            String integration = harness.integration.id();
            assertEquals("SUCCEEDED", harness.sync().state());
            JsonNode before = harness.record("candidates", "1").content();
            assertEquals(Json.object().put("origin", "mapping"), before.get("custom_fields"));
            assertEquals(0, before.get("integration_fields").size());

            CustomField size = harness.engine.customFields().create(harness.integration.environmentId(),
                    "ats_candidates", "t_shirt_size", null, null).orElseThrow();
            harness.engine.customFields().create(harness.integration.environmentId(), "ats_candidates", "unmapped",
                    null, null).orElseThrow();
            harness.engine.customFields().map(integration, size.id(),
                    IntegrationFieldStore.idOf(integration, "ats_candidates", "shirt"));
            String badge = IntegrationFieldStore.idOf(integration, "ats_candidates", "badge");
            harness.engine.integrationFields().setPassthrough(integration, badge, true).orElseThrow();
            // The selection is read when a sync starts: stored records do not change before that.
            assertEquals(before, harness.record("candidates", "1").content());

            SyncRun second = harness.sync();
            assertEquals("SUCCEEDED", second.state(), second.error());
            assertEquals(3, second.counts().changed(), "each candidate changed; tags did not");

            JsonNode ann = harness.record("candidates", "1").content();
            assertEquals(Json.parse("{\"origin\": \"mapping\", \"t_shirt_size\": \"M\"}"), ann.get("custom_fields"));
            assertEquals(Json.parse("[{\"id\": \"" + badge + "\", \"key\": \"badge\", \"type\": \"CUSTOM\","
                    + " \"value\": {\"level\": 2}, \"label\": null}]"), ann.get("integration_fields"));
            JsonNode bob = harness.record("candidates", "2").content();
            assertEquals("L", bob.at("/custom_fields/t_shirt_size").asText());
            assertEquals(Json.parse("[1, 2]"), bob.at("/integration_fields/0/value"), "any JSON type, as it came");
            JsonNode cy = harness.record("candidates", "3").content();
            assertTrue(cy.get("custom_fields").get("t_shirt_size").isNull(), "a raw record without the key: null");
            assertTrue(cy.at("/integration_fields/0/value").isNull());
            assertTrue(harness.record("tags", "tag-1").content().path("custom_fields").isMissingNode());

            SyncRun third = harness.sync();
            assertEquals(0, third.counts().changed(), "the same selection changes nothing");

            // Unmapped and passthrough off: the records go back to what the mapping alone makes.
            harness.engine.customFields().map(integration, size.id(), null);
            harness.engine.integrationFields().setPassthrough(integration, badge, false).orElseThrow();
            assertEquals(3, harness.sync().counts().changed());
            assertEquals(before, harness.record("candidates", "1").content());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, String> types(SyncHarness harness) {
        Map<String, String> types = new TreeMap<>();
        List<IntegrationField> fields = harness.engine.integrationFields().list(harness.integration.id(), null, 100);
        for (IntegrationField field : fields) {
            assertEquals("ats_candidates", field.model());
            types.put(field.key(), field.type());
        }
        return types;
    }
}
