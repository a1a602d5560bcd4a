package dev.atrium.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.sagehr.SageHrCounts;
import dev.atrium.sandbox.sagehr.SageHrSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Syncs of the Sage HR connector through the sandbox's injected faults, over real HTTP: transient refusals are
 * waited out, and a sync that cannot finish fails with its reason and deletes nothing.
 */
class SandboxFaultsSyncTest {

    private static final String FAULTS = "/_control/sagehr/faults";

    @TempDir
    Path folder;

    @Test
    void aSyncUnder503sAnd429BurstsStillReadsEveryRecord() {
        SandboxOptions options = SandboxOptions.defaults().withSeed(31)
                .withSagehr(SageHrSettings.defaults().withCounts(SageHrCounts.defaults().withPositions(40).withApplicants(300)));
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, options)) {
            String[] environment = atrium.environmentWithKey("production");
            Integration integration = atrium.connect(environment[0], "sagehr");
            setFaults(atrium, "{\"errors\": {\"503\": 0.2}, "
                    + "\"rate_limit_bursts\": {\"every\": 12, \"length\": 3, \"retry_after_seconds\": 1}}");

            SyncRun run = atrium.sync(integration.id());

            assertEquals("SUCCEEDED", run.state(), run.error());
            JsonNode counts = faults(atrium).get("counts");
            assertTrue(counts.at("/errors/503").asLong() > 0, "503s were injected: " + counts);
            assertTrue(counts.get("rate_limited").asLong() > 0, "429 bursts were injected: " + counts);
            assertEquals(40, atrium.all("/v1/ats/jobs", "page_size=250", environment[1], integration.id()).size());
            assertEquals(300, atrium.all("/v1/ats/candidates", "page_size=250", environment[1], integration.id()).size());
            assertEquals(300, atrium.all("/v1/ats/applications", "page_size=250", environment[1], integration.id()).size());
        }
    }

    @Test
    void aSyncWhoseRequestsTimeOutFailsAndDeletesNothing() throws IOException {
        // The shipped mapping waits 30 s per attempt; the same connector with short waits fails the same way, sooner.
        Path mappings = Files.createDirectories(folder.resolve("mappings"));
        String mapping = Files.readString(Path.of("../mappings/sagehr.yaml"));
        String quick = mapping.replace("timeout_ms: 30000", "timeout_ms: 300")
                .replace("initial_delay_ms: 1000", "initial_delay_ms: 20").replace("max_delay_ms: 60000", "max_delay_ms: 50");
        assertTrue(quick.contains("timeout_ms: 300\n") && quick.contains("max_delay_ms: 50\n"), "the waits were shortened");
        Files.writeString(mappings.resolve("sagehr.yaml"), quick);
        assertFailedSyncKeepsTheLastOne(mappings, "{\"timeouts\": 1.0, \"after_requests\": 3}", "timed out");
    }

    @Test
    void aSyncGivenMalformedJsonFailsAndDeletesNothing() {
        assertFailedSyncKeepsTheLastOne(Path.of("../mappings"), "{\"malformed_json\": 1.0, \"after_requests\": 3}",
                "not valid JSON");
    }

    @Test
    void aPageRepeatedForeverFailsTheSyncInsteadOfLooping() {
        assertFailedSyncKeepsTheLastOne(Path.of("../mappings"), "{\"repeat_page\": true}", "repeats the page before it");
    }

    /**
     * A clean sync, then applicants deleted at the tool (which a completed sync would mark deleted), then a sync
     * under {@code spec}: it must fail naming {@code reason} and leave the first sync's records as they were.
     */
    private void assertFailedSyncKeepsTheLastOne(Path mappings, String spec, String reason) {
        // Positions of more than 100 applicants, so that some lists take two pages.
        SandboxOptions options = SandboxOptions.defaults().withSeed(17)
                .withSagehr(SageHrSettings.defaults().withCounts(SageHrCounts.defaults().withPositions(3).withApplicants(400)));
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, options, mappings)) {
            String[] environment = atrium.environmentWithKey("production");
            String key = environment[1];
            Integration integration = atrium.connect(environment[0], "sagehr");
            SyncRun first = atrium.sync(integration.id());
            assertEquals("SUCCEEDED", first.state(), first.error());
            List<JsonNode> before = atrium.all("/v1/ats/applications", "page_size=250", key, integration.id());
            assertEquals(400, before.size());
            AtriumUnderTest.Response mutation = atrium.post(atrium.sandboxBase() + "/_control/sagehr/mutations",
                    "{\"delete_applicants\": 5}", Map.of());
            assertEquals(200, mutation.status(), String.valueOf(mutation.body()));
            setFaults(atrium, spec);

            SyncRun failed = atrium.sync(integration.id());

            assertEquals("FAILED", failed.state());
            assertTrue(String.valueOf(failed.error()).contains(reason), "the error says why: " + failed.error());
            List<JsonNode> after = atrium.all("/v1/ats/applications", "page_size=250&include_deleted=true", key,
                    integration.id());
            assertEquals(before.size(), after.size());
            for (JsonNode application : after) {
                assertTrue(application.get("remote_deleted_at").isNull(), "marked deleted: " + application.get("remote_id"));
            }
            assertEquals(400, atrium.all("/v1/ats/candidates", "page_size=250", key, integration.id()).size());
            assertEquals(3, atrium.all("/v1/ats/jobs", "page_size=250", key, integration.id()).size());
            assertTrue(faults(atrium).get("counts").get("requests").asLong() > 0);
        }
    }

    private static void setFaults(AtriumUnderTest atrium, String spec) {
        AtriumUnderTest.Response reply = atrium.post(atrium.sandboxBase() + FAULTS, spec, Map.of());
        assertEquals(200, reply.status(), String.valueOf(reply.body()));
    }

    private static JsonNode faults(AtriumUnderTest atrium) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(atrium.sandboxBase() + FAULTS)).GET().build();
        try {
            return Json.parse(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new AssertionError("reading the faults failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
