package dev.atrium.engine.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atrium.engine.loading.MappingLoader;
import dev.atrium.engine.models.ModelCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated connector page and the engine features it lists, from small mappings. */
class ConnectorPageTest {

    private static final ModelCatalog MODELS = ModelCatalog.load();

    private static final String DEMO = """
            format: atrium-connector/v1
            tool: demo
            label: Demo
            category: ats
            description: Reads demo jobs.
            connection:
              api_key: { label: API key, secret: true }
            http:
              base_url: https://example.test/api
              auth: { type: api_key, in: header, name: X-Key, value: "{$connection.api_key}" }
            streams:
              jobs:
                request: { path: /jobs, query: { since: "{$since}" } }
                records: data
                incremental: true
                emit:
                  - model: jobs
                    transform: '{ "remote_id": id, "name": title, "remote_work_status": "REMOTE", "job_code": null }'
                    notes:
                      remote_work_status: Inferred from the "remote | hybrid" location
                      job_code: Never set
              people:
                request: { path: /people, query: { after: "{$cutoff}" } }
                records: data
                emit:
                  - model: users
                    transform: '{ "remote_id": id, "email": email }'
            features:
              - { id: connection_guide, label: Connection guide, note: "Enter the API key." }
            passthrough:
              apis:
                default: {}
            """;

    private static Mapping load(String yaml) {
        return new MappingLoader(MODELS).loadText("demo.yaml", yaml).orThrow().get("demo");
    }

    @Test
    void modelsComeInCoverageOrderWithTheirProvidedFieldsAndNotes() {
        String page = ConnectorPage.render(load(DEMO), MODELS);
        assertTrue(page.startsWith("<!-- Generated from mappings/demo.yaml by `atrium docs connectors`"), page);
        assertTrue(page.contains("# Demo ATS Integration\n\nReads demo jobs.\n"), page);
        assertTrue(page.indexOf("### Users") < page.indexOf("### Jobs"), "users come first, as in coverage documents");
        String jobs = page.substring(page.indexOf("### Jobs"), page.indexOf("## Actions"));
        assertEquals(List.of("| id |  |", "| remote_id |  |", "| changed_at |  |", "| remote_deleted_at |  |",
                "| name |  |",
                "| remote_work_status | Inferred from the \"remote \\| hybrid\" location |",
                "| custom_fields |  |", "| integration_fields |  |", "| remote_data |  |"),
                jobs.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| Field") && !line.startsWith("| ---")).toList());
        assertFalse(page.contains("Never set"), "a note on a field the mapping does not produce is not shown");
    }

    @Test
    void featuresAreTheMappingsThenTheEnginesOwn() {
        String page = ConnectorPage.render(load(DEMO), MODELS);
        String features = page.substring(page.indexOf("## Features"));
        assertEquals(List.of("| Connection guide | Enter the API key. |",
                "| API Passthrough | Under the API ids `demo/default`. |",
                "| Delta Syncs | Streams `jobs` read only what changed since the last sync. |"),
                features.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| Feature") && !line.startsWith("| ---")).toList());
        assertFalse(features.contains("Sync Only Created Applications"), "no applications are emitted");
    }

    @Test
    void engineFeaturesFollowWhatTheMappingDeclares() {
        Mapping demo = load(DEMO);
        assertTrue(EngineFeatures.provides(demo, EngineFeatures.DELTA_SYNCS));
        assertTrue(EngineFeatures.provides(demo, EngineFeatures.API_PASSTHROUGH));
        assertFalse(EngineFeatures.provides(demo, EngineFeatures.SYNC_ONLY_CREATED_APPLICATIONS));
        assertFalse(EngineFeatures.provides(demo, "connection_guide"), "only the engine's own");
        assertTrue(EngineFeatures.usesCutoff(demo), "the people request filters by $cutoff");

        Mapping plain = load(DEMO.replace("\"{$cutoff}\"", "\"{$cutoffs}\"").replace("incremental: true", "")
                .replace("  - model: users", "  - model: applications")
                .replace("passthrough:\n  apis:\n    default: {}\n", ""));
        assertFalse(EngineFeatures.usesCutoff(plain), "$cutoffs is another variable");
        assertFalse(EngineFeatures.provides(plain, EngineFeatures.DELTA_SYNCS));
        assertFalse(EngineFeatures.provides(plain, EngineFeatures.API_PASSTHROUGH));
        assertTrue(EngineFeatures.provides(plain, EngineFeatures.SYNC_ONLY_CREATED_APPLICATIONS));
        assertTrue(ConnectorPage.render(plain, MODELS).contains("| Sync Only Created Applications | An integration"
                + " setting, on by default"));
    }
}
