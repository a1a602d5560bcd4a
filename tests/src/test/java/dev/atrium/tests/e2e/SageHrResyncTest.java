package dev.atrium.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.expressions.Timestamps;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.sagehr.SageHrSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second full sync after the tool changed: deletions, changes, and what did not change keeps its changed_at. */
class SageHrResyncTest {

    @TempDir
    Path folder;

    @Test
    void aSecondFullSyncShowsDeletionsAndChangesAndLeavesTheRestAlone() throws InterruptedException {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults().withSeed(23))) {
            String[] environment = atrium.environmentWithKey("production");
            String key = environment[1];
            Integration integration = atrium.connect(environment[0], "sagehr");
            SyncRun first = atrium.sync(integration.id());
            assertEquals("SUCCEEDED", first.state(), first.error());
            Map<String, String> candidatesBefore = changedAtByRemoteId(atrium.all("/v1/ats/candidates", "page_size=250",
                    key, integration.id()));
            Map<String, String> jobsBefore = changedAtByRemoteId(atrium.all("/v1/ats/jobs", "page_size=250", key,
                    integration.id()));

            AtriumUnderTest.Response mutation = atrium.post(atrium.sandboxBase() + "/_control/sagehr/mutations",
                    "{\"delete_applicants\": 3, \"change_applicants\": 4, \"delete_positions\": 1, \"change_positions\": 1}",
                    Map.of());
            assertEquals(200, mutation.status(), String.valueOf(mutation.body()));
            Set<String> deletedApplicants = Items.texts(mutation.body().get("deleted_applicants"));
            deletedApplicants.addAll(Items.texts(mutation.body().get("applicants_removed_with_positions")));
            Set<String> changedApplicants = Items.texts(mutation.body().get("changed_applicants"));
            Set<String> deletedPositions = Items.texts(mutation.body().get("deleted_positions"));
            Set<String> changedPositions = Items.texts(mutation.body().get("changed_positions"));
            assertEquals(1, deletedPositions.size());

            Thread.sleep(5);
            Instant beforeSecondSync = Instant.now();
            SyncRun second = atrium.sync(integration.id());
            assertEquals("SUCCEEDED", second.state(), second.error());

            List<JsonNode> candidates = atrium.all("/v1/ats/candidates", "page_size=250&include_deleted=true", key,
                    integration.id());
            for (JsonNode candidate : candidates) {
                String remoteId = candidate.get("remote_id").asText();
                ApiShapes.assertItem("candidates", candidate);
                if (deletedApplicants.contains(remoteId)) {
                    assertTrue(candidate.hasNonNull("remote_deleted_at"), "deleted applicant " + remoteId);
                } else {
                    assertTrue(candidate.get("remote_deleted_at").isNull(), "live applicant " + remoteId);
                }
                if (changedApplicants.contains(remoteId) || deletedApplicants.contains(remoteId)) {
                    assertTrue(candidate.get("changed_at").asText().compareTo(candidatesBefore.get(remoteId)) > 0,
                            "changed_at of changed applicant " + remoteId);
                } else {
                    assertEquals(candidatesBefore.get(remoteId), candidate.get("changed_at").asText(),
                            "changed_at of untouched applicant " + remoteId);
                }
            }
            assertEquals(candidatesBefore.keySet(), changedAtByRemoteId(candidates).keySet());

            List<JsonNode> liveCandidates = atrium.all("/v1/ats/candidates", "page_size=250", key, integration.id());
            assertEquals(candidatesBefore.size() - deletedApplicants.size(), liveCandidates.size());

            for (JsonNode job : atrium.all("/v1/ats/jobs", "include_deleted=true", key, integration.id())) {
                String remoteId = job.get("remote_id").asText();
                assertEquals(deletedPositions.contains(remoteId), job.hasNonNull("remote_deleted_at"), "job " + remoteId);
                boolean touched = deletedPositions.contains(remoteId) || changedPositions.contains(remoteId);
                assertEquals(touched, !jobsBefore.get(remoteId).equals(job.get("changed_at").asText()), "job " + remoteId);
            }

            String since = Timestamps.format(beforeSecondSync);
            Set<String> changedSince = changedAtByRemoteId(atrium.all("/v1/ats/candidates",
                    "include_deleted=true&updated_after=" + since, key, integration.id())).keySet();
            assertTrue(changedSince.containsAll(changedApplicants), "updated_after finds every changed candidate");
            assertTrue(changedSince.containsAll(deletedApplicants), "updated_after with include_deleted finds deletions");
            assertEquals(0, atrium.all("/v1/ats/candidates", "updated_after=" + since, key, integration.id()).stream()
                    .filter(candidate -> deletedApplicants.contains(candidate.get("remote_id").asText())).count(),
                    "deleted records stay hidden without include_deleted");
        }
    }

    @Test
    void theSyncWaitsOutTheToolsRateLimitAndStillCompletes() {
        SandboxOptions strict = SandboxOptions.defaults().withSeed(5)
                .withSagehr(SageHrSettings.defaults().withRateLimit(6, 2));
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, strict)) {
            String[] environment = atrium.environmentWithKey("production");
            Integration integration = atrium.connect(environment[0], "sagehr");
            SyncRun run = atrium.sync(integration.id());
            assertEquals("SUCCEEDED", run.state(), run.error());
            assertTrue(atrium.sandbox.sagehr().state().rateLimitedRequests() > 0, "the tool did refuse requests");
            assertEquals(12, atrium.all("/v1/ats/jobs", "page_size=250", environment[1], integration.id()).size());
            assertEquals(150, atrium.all("/v1/ats/applications", "page_size=250", environment[1], integration.id()).size());
        }
    }

    private static Map<String, String> changedAtByRemoteId(List<JsonNode> items) {
        Map<String, String> byRemoteId = new HashMap<>();
        items.forEach(item -> byRemoteId.put(item.get("remote_id").asText(), item.get("changed_at").asText()));
        return byRemoteId;
    }
}
