package dev.atrium.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.http.FakeRemote;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.IntegrationSettings;
import dev.atrium.engine.store.TrackedApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Sync only created applications" and the candidate cutoff, as a sync applies them: which candidates,
 * applications and hanging records it keeps, and what it asks the tool for.
 */
class ApplicationTrackingTest {

    /** People are listed apart (like a tool with a candidate list); applications name their person and job. */
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
            features:
              - id: candidate_cutoff_filtering
                label: Candidate cutoff filtering
                note: People and applications can be asked for by update date.
            streams:
              jobs:
                request: { path: /jobs }
                records: data
                emit:
                  - model: jobs
                    transform: '{ "remote_id": id, "name": name }'
              people:
                request:
                  path: /people
                  query: { updated_since: "{$cutoff}" }
                records: data
                emit:
                  - model: candidates
                    transform: '{ "remote_id": id, "first_name": first }'
              applications:
                request:
                  path: /applications
                  query: { updated_since: "{$cutoff}" }
                records: data
                emit:
                  - model: applications
                    transform: |
                      { "remote_id": id, "candidate_id": $id("candidates", person), "job_id": $id("jobs", job) }
                  - model: offers
                    transform: |
                      offer ? { "remote_id": "o-" & id, "application_id": $id("applications", id), "status": null }
            """;

    @TempDir
    Path folder;

    private SyncHarness harness() {
        SyncHarness harness = new SyncHarness(folder, MAPPING, Map.of());
        harness.remote.get("/jobs", context -> FakeRemote.json(context, 200,
                "{\"data\": [{\"id\": \"j1\", \"name\": \"Welder\"}]}"));
        harness.remote.get("/people", context -> FakeRemote.json(context, 200,
                "{\"data\": [{\"id\": \"p1\", \"first\": \"Ann\"}, {\"id\": \"p2\", \"first\": \"Bob\"},"
                        + " {\"id\": \"p3\", \"first\": \"Cy\"}]}"));
        harness.remote.get("/applications", context -> FakeRemote.json(context, 200,
                "{\"data\": [{\"id\": \"a1\", \"person\": \"p1\", \"job\": \"j1\", \"offer\": true},"
                        + " {\"id\": \"a2\", \"person\": \"p2\", \"job\": \"j1\", \"offer\": true},"
                        + " {\"id\": \"a3\", \"person\": \"p3\", \"job\": \"j1\"}]}"));
        return harness;
    }

    private static void settings(SyncHarness harness, String json) throws Exception {
        harness.engine.integrations().setSettings(harness.integration.id(),
                IntegrationSettings.merged(Json.object(), (ObjectNode) Json.parse(json)));
    }

    @Test
    void byDefaultASyncKeepsNoCandidateOrApplicationButEverythingElse() throws Exception {
        try (SyncHarness harness = harness()) {
            settings(harness, "{}");
            assertEquals("SUCCEEDED", harness.sync().state());
            assertEquals(1, harness.count("jobs"));
            assertEquals(0, harness.count("candidates"));
            assertEquals(0, harness.count("applications"));
            assertEquals(0, harness.count("offers"), "offers hang on untracked applications");
        }
    }

    @Test
    void aTrackedApplicationIsKeptWithItsCandidateAndWhatHangsOnIt() throws Exception {
        try (SyncHarness harness = harness()) {
            settings(harness, "{}");
            harness.engine.trackedApplications().track(harness.integration.id(), "a1", "p1",
                    TrackedApplication.Origin.IMPORTED, 1L);
            assertEquals("SUCCEEDED", harness.sync().state());
            assertNotNull(harness.record("applications", "a1"));
            assertNotNull(harness.record("candidates", "p1"));
            assertNotNull(harness.record("offers", "o-a1"));
            assertEquals(1, harness.count("applications"));
            assertEquals(1, harness.count("candidates"));
            assertEquals(1, harness.count("offers"));
        }
    }

    @Test
    void aCandidateUnknownAtImportIsLearnedFromItsApplicationAndKeptFromTheNextSync() throws Exception {
        try (SyncHarness harness = harness()) {
            settings(harness, "{}");
            harness.engine.trackedApplications().track(harness.integration.id(), "a2", null,
                    TrackedApplication.Origin.IMPORTED, 1L);
            assertEquals("SUCCEEDED", harness.sync().state());
            assertNotNull(harness.record("applications", "a2"));
            // People were read before the application named its person.
            assertNull(harness.record("candidates", "p2"));
            TrackedApplication tracked = harness.engine.trackedApplications().list(harness.integration.id()).get(0);
            assertEquals(harness.record("applications", "a2").content().get("candidate_id").asText(),
                    tracked.candidateId());

            assertEquals("SUCCEEDED", harness.sync().state());
            assertNotNull(harness.record("candidates", "p2"));
            assertEquals(1, harness.count("candidates"));
        }
    }

    @Test
    void turningTheSettingOnLeavesUntrackedRecordsDeletedAfterTheNextFullSync() throws Exception {
        try (SyncHarness harness = harness()) {
            assertEquals("SUCCEEDED", harness.sync().state());
            assertEquals(3, harness.count("applications"), "the harness's integration reads all");
            settings(harness, "{\"sync_only_created_applications\": true}");
            harness.engine.trackedApplications().track(harness.integration.id(), "a3", "p3",
                    TrackedApplication.Origin.CREATED, 1L);
            assertEquals("SUCCEEDED", harness.sync().state());
            assertEquals(1, harness.count("applications"));
            assertNotNull(harness.record("applications", "a1").remoteDeletedAt(), "no longer served");
            assertNull(harness.record("applications", "a3").remoteDeletedAt());
        }
    }

    @Test
    void aCutoffIsAskedForOnEveryRequestThatUsesItAndNoCutoffLeavesTheParameterOut() throws Exception {
        try (SyncHarness harness = harness()) {
            assertEquals("SUCCEEDED", harness.sync().state());
            assertTrue(harness.remote.seen().stream().noneMatch(seen -> seen.query() != null
                    && seen.query().contains("updated_since")));

            settings(harness, "{\"sync_only_created_applications\": false, \"candidate_cutoff_days\": 30,"
                    + " \"candidate_cutoff_date\": \"2001-01-01\"}");
            Instant before = Instant.now();
            assertEquals("SUCCEEDED", harness.sync().state());
            var asked = harness.remote.seen().stream().filter(seen -> seen.query() != null
                    && seen.query().contains("updated_since")).toList();
            assertEquals(2, asked.size(), "people and applications, not jobs");
            String value = java.net.URLDecoder.decode(asked.get(0).query().replaceAll(".*updated_since=([^&]*).*", "$1"),
                    java.nio.charset.StandardCharsets.UTF_8);
            Instant cutoff = Instant.parse(value);
            // The rolling window is later than the date, so it wins; it counts from when the sync started.
            Instant after = Instant.now();
            assertFalse(cutoff.isBefore(before.minus(Duration.ofDays(30))) || cutoff.isAfter(after.minus(Duration.ofDays(30))),
                    "cutoff " + value);
            assertFalse(value.isBlank());
        }
    }
}
