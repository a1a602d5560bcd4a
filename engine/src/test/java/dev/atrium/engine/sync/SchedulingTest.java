package dev.atrium.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atrium.engine.http.FakeRemote;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When integrations sync: Kombo's default intervals, the schedule moving with every queued sync, the loop. */
class SchedulingTest {

    @TempDir
    Path folder;

    private static String mapping(boolean delta, String sync) {
        return """
                format: atrium-connector/v1
                tool: demo
                label: Demo
                category: ats
                connection:
                  key: { label: Key, required: false }
                http:
                  base_url: https://example.test
                  auth: { type: none }
                %s
                streams:
                  tags:
                    incremental: %s
                    request: { path: /tags, query: { since: "{$since}" } }
                    records: data
                    emit:
                      - model: tags
                        transform: '{ "remote_id": id, "name": name }'
                """.formatted(sync, delta);
    }

    private static SyncHarness harness(Path folder, String yaml) {
        SyncHarness harness = new SyncHarness(folder, yaml, Map.of());
        harness.remote.get("/tags", context -> FakeRemote.json(context, 200, "{\"data\": [{\"id\": 1, \"name\": \"a\"}]}"));
        return harness;
    }

    private Integration reload(SyncHarness harness) {
        return harness.engine.integrations().find(harness.integration.id()).orElseThrow();
    }

    @Test
    void kombosDefaultsDependOnWhetherTheToolCanSyncChangesOnly() {
        try (SyncHarness withDelta = harness(folder.resolve("a"), mapping(true, ""));
                SyncHarness fullOnly = harness(folder.resolve("b"), mapping(false, ""))) {
            SyncSchedule schedule = withDelta.engine.schedule();
            var deltaMapping = withDelta.engine.mappings().find("demo").orElseThrow();
            var fullMapping = fullOnly.engine.mappings().find("demo").orElseThrow();
            assertEquals(Duration.ofHours(10), schedule.fullInterval(withDelta.integration, deltaMapping));
            assertEquals(Duration.ofHours(3), schedule.deltaInterval(withDelta.integration, deltaMapping));
            assertEquals(Duration.ofHours(3), fullOnly.engine.schedule().fullInterval(fullOnly.integration, fullMapping));

            withDelta.engine.integrations().setSyncIntervals(withDelta.integration.id(), 60, 15);
            Integration custom = reload(withDelta);
            assertEquals(Duration.ofMinutes(60), schedule.fullInterval(custom, deltaMapping));
            assertEquals(Duration.ofMinutes(15), schedule.deltaInterval(custom, deltaMapping));
        }
    }

    @Test
    void aMappingMaySetItsOwnDefaults() {
        try (SyncHarness harness = harness(folder, mapping(true,
                "sync: { full_sync_every_minutes: 1440, delta_sync_every_minutes: 30 }"))) {
            var mapping = harness.engine.mappings().find("demo").orElseThrow();
            assertEquals(Duration.ofDays(1), harness.engine.schedule().fullInterval(harness.integration, mapping));
            assertEquals(Duration.ofMinutes(30), harness.engine.schedule().deltaInterval(harness.integration, mapping));
        }
    }

    @Test
    void aNewIntegrationIsDueAtOnceAndEachQueuedSyncMovesTheSchedule() {
        try (SyncHarness harness = harness(folder, mapping(true, ""))) {
            var mapping = harness.engine.mappings().find("demo").orElseThrow();
            SyncSchedule schedule = harness.engine.schedule();
            long now = System.currentTimeMillis();
            assertEquals(Optional.of(SyncType.FULL), schedule.due(harness.integration, mapping, now),
                    "the setup sync is due at once");

            SyncRun full = harness.sync(SyncType.FULL);
            Integration afterFull = reload(harness);
            long queued = full.queuedAt();
            assertEquals(queued + Duration.ofHours(10).toMillis(), afterFull.nextFullSyncAt());
            assertEquals(queued + Duration.ofHours(3).toMillis(), afterFull.nextDeltaSyncAt());
            assertEquals(Optional.empty(), schedule.due(afterFull, mapping, now + Duration.ofHours(2).toMillis()));
            assertEquals(Optional.of(SyncType.DELTA), schedule.due(afterFull, mapping,
                    queued + Duration.ofHours(3).toMillis()));
            assertEquals(Optional.of(SyncType.FULL), schedule.due(afterFull, mapping,
                    queued + Duration.ofHours(10).toMillis()), "a FULL sync due wins over a DELTA one");

            SyncRun delta = harness.sync(SyncType.DELTA);
            Integration afterDelta = reload(harness);
            assertEquals(afterFull.nextFullSyncAt(), afterDelta.nextFullSyncAt(), "a DELTA sync leaves FULL as it was");
            assertEquals(delta.queuedAt() + Duration.ofHours(3).toMillis(), afterDelta.nextDeltaSyncAt());
        }
    }

    @Test
    void theLoopQueuesWhatIsDueAndRunsIt() throws InterruptedException {
        try (SyncHarness harness = harness(folder, mapping(false, ""))) {
            harness.engine.startScheduler(1, Duration.ofMillis(50), SyncListener.NONE);
            long deadline = System.currentTimeMillis() + 15_000;
            List<SyncRun> runs = List.of();
            while (System.currentTimeMillis() < deadline) {
                runs = harness.engine.syncRuns().list(harness.integration.id(), null, 10);
                if (!runs.isEmpty() && !runs.get(0).active()) {
                    break;
                }
                Thread.sleep(20);
            }
            assertEquals(1, runs.size(), "the setup sync, once");
            assertEquals("SUCCEEDED", runs.get(0).state());
            assertEquals("schedule", runs.get(0).trigger());
            Thread.sleep(300);
            assertEquals(1, harness.engine.syncRuns().list(harness.integration.id(), null, 10).size(),
                    "nothing more is due for three hours");
            assertTrue(reload(harness).firstSyncCompletedAt() != null);
        }
    }
}
