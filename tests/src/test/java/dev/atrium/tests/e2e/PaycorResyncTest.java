package dev.atrium.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.engine.sync.SyncListener;
import dev.atrium.engine.sync.SyncType;
import dev.atrium.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paycor after the tool changed: a DELTA sync brings created and changed candidates (Paycor lists them by
 * modification date), then a FULL sync also marks deleted candidates and jobs deleted and shows a closed job
 * closed; what did not change keeps its changed_at throughout.
 */
class PaycorResyncTest {

    @TempDir
    Path folder;

    @Test
    void deltaThenFullSyncsShowChangesCreationsAndDeletions() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults().withSeed(29))) {
            String[] environment = atrium.environmentWithKey("production");
            String key = environment[1];
            Integration integration = atrium.connect(environment[0], "paycor");
            SyncRun first = atrium.sync(integration.id());
            assertEquals("SUCCEEDED", first.state(), first.error());
            Map<String, JsonNode> candidatesBefore = Items.byRemoteId(atrium.all("/v1/ats/candidates", "page_size=250", key,
                    integration.id()));
            Map<String, JsonNode> jobsBefore = Items.byRemoteId(atrium.all("/v1/ats/jobs", "page_size=250", key,
                    integration.id()));

            AtriumUnderTest.Response mutation = atrium.post(atrium.sandboxBase() + "/_control/paycor/mutations",
                    "{\"delete_candidates\": 3, \"change_candidates\": 4, \"create_candidates\": 2,"
                            + " \"delete_jobs\": 1, \"close_jobs\": 1, \"change_jobs\": 1}", Map.of());
            assertEquals(200, mutation.status(), String.valueOf(mutation.body()));
            Set<String> deletedCandidates = Items.texts(mutation.body().get("deleted_candidates"));
            deletedCandidates.addAll(Items.texts(mutation.body().get("candidates_removed_with_jobs")));
            Set<String> changedCandidates = Items.texts(mutation.body().get("changed_candidates"));
            Set<String> createdCandidates = Items.texts(mutation.body().get("created_candidates"));
            Set<String> deletedJobs = Items.texts(mutation.body().get("deleted_jobs"));
            Set<String> closedJobs = Items.texts(mutation.body().get("closed_jobs"));
            Set<String> changedJobs = Items.texts(mutation.body().get("changed_jobs"));
            assertEquals(2, createdCandidates.size());
            assertEquals(1, closedJobs.size());

            SyncRun delta = atrium.engine.syncs().runNow(integration.id(), SyncType.DELTA, "test", SyncListener.NONE);
            assertEquals("SUCCEEDED", delta.state(), delta.error());
            Map<String, JsonNode> afterDelta = Items.byRemoteId(atrium.all("/v1/ats/candidates", "page_size=250", key,
                    integration.id()));
            assertTrue(afterDelta.keySet().containsAll(createdCandidates), "DELTA reads created candidates");
            for (String changed : changedCandidates) {
                if (afterDelta.containsKey(changed) && candidatesBefore.containsKey(changed)) {
                    assertTrue(afterDelta.get(changed).get("changed_at").asText()
                            .compareTo(candidatesBefore.get(changed).get("changed_at").asText()) > 0,
                            "DELTA reads changed candidate " + changed);
                }
            }

            SyncRun full = atrium.sync(integration.id());
            assertEquals("SUCCEEDED", full.state(), full.error());
            for (JsonNode candidate : atrium.all("/v1/ats/candidates", "page_size=250&include_deleted=true", key,
                    integration.id())) {
                String remoteId = candidate.get("remote_id").asText();
                ApiShapes.assertItem("candidates", candidate);
                assertEquals(deletedCandidates.contains(remoteId), candidate.hasNonNull("remote_deleted_at"),
                        "candidate " + remoteId);
                boolean touched = deletedCandidates.contains(remoteId) || changedCandidates.contains(remoteId)
                        || createdCandidates.contains(remoteId);
                if (!touched) {
                    assertEquals(candidatesBefore.get(remoteId).get("changed_at"), candidate.get("changed_at"),
                            "changed_at of untouched candidate " + remoteId);
                }
            }
            for (JsonNode job : atrium.all("/v1/ats/jobs", "page_size=250&include_deleted=true", key,
                    integration.id())) {
                String remoteId = job.get("remote_id").asText();
                assertEquals(deletedJobs.contains(remoteId), job.hasNonNull("remote_deleted_at"), "job " + remoteId);
                if (closedJobs.contains(remoteId)) {
                    assertEquals("CLOSED", job.get("status").asText(), "closed job " + remoteId);
                }
                boolean touched = deletedJobs.contains(remoteId) || closedJobs.contains(remoteId)
                        || changedJobs.contains(remoteId);
                assertEquals(touched, !jobsBefore.get(remoteId).get("changed_at").equals(job.get("changed_at")),
                        "changed_at of job " + remoteId);
            }
        }
    }
}
