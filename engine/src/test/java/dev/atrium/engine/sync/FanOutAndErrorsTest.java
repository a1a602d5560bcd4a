package dev.atrium.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atrium.engine.http.FakeRemote;
import dev.atrium.engine.store.SyncRun;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fan-out per id with bounded concurrency, the mapping's error table, and quotas read from headers. */
class FanOutAndErrorsTest {

    @TempDir
    Path folder;

    /** A search returning ids (no records of its own), then one detail request per id. */
    private static String mapping(String extraHttp) {
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
                  concurrency: 4
                  retry: { max_attempts: 3, initial_delay_ms: 1, max_delay_ms: 5, max_retry_after_ms: 3000 }
                %s
                streams:
                  search:
                    request: { path: /search }
                    records: searchResults
                  details:
                    for_each: { stream: search, as: hit }
                    request: { path: "/people/{$hit.id}" }
                    records: $
                    emit:
                      - model: tags
                        transform: '{ "remote_id": id, "name": name }'
                """.formatted(extraHttp.indent(2).stripTrailing());
    }

    private static void search(FakeRemote remote, int count) {
        String ids = IntStream.rangeClosed(1, count).mapToObj(i -> "{\"id\": " + i + "}")
                .collect(Collectors.joining(", ", "[", "]"));
        remote.get("/search", context -> FakeRemote.json(context, 200, "{\"searchResults\": " + ids + "}"));
    }

    @Test
    void everyIdGetsItsDetailWithAtMostTheMappingsConcurrency() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (SyncHarness harness = new SyncHarness(folder, mapping(""), Map.of())) {
            search(harness.remote, 20);
            harness.remote.get("/people/:id", context -> {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                harness.vertx.setTimer(30, timer -> {
                    inFlight.decrementAndGet();
                    FakeRemote.json(context, 200, "{\"id\": " + context.pathParam("id") + ", \"name\": \"p\"}");
                });
            });
            SyncRun run = harness.sync();
            assertEquals("SUCCEEDED", run.state(), run.error());
            assertEquals(20, harness.count("tags"));
            assertTrue(most.get() > 1 && most.get() <= 4, "at most 4 at once, and more than one: " + most.get());
        }
    }

    @Test
    void aFanOutWithWhereSkipsTheParentsItDoesNotHoldFor() {
        AtomicInteger asked = new AtomicInteger();
        String filtered = mapping("").replace("for_each: { stream: search, as: hit }",
                "for_each: { stream: search, as: hit, where: '$hit.id % 2 = 0' }");
        try (SyncHarness harness = new SyncHarness(folder, filtered, Map.of())) {
            search(harness.remote, 6);
            harness.remote.get("/people/:id", context -> {
                asked.incrementAndGet();
                FakeRemote.json(context, 200, "{\"id\": " + context.pathParam("id") + ", \"name\": \"p\"}");
            });
            SyncRun run = harness.sync();
            assertEquals("SUCCEEDED", run.state(), run.error());
            assertEquals(3, asked.get(), "only the even ids are read");
            assertEquals(3, harness.count("tags"));
            assertNull(harness.record("tags", "1"));
            assertNotNull(harness.record("tags", "2"));
        }
    }

    @Test
    void aDetailGoneBetweenSearchAndReadIsIgnoredWhenTheTableSaysSo() {
        String errors = """
                errors:
                  - status: [404]
                    body: 'errors[0].errorCode = 2'
                    action: ignore
                """;
        try (SyncHarness harness = new SyncHarness(folder, mapping(errors), Map.of())) {
            search(harness.remote, 3);
            harness.remote.get("/people/:id", context -> {
                if (context.pathParam("id").equals("2")) {
                    FakeRemote.json(context, 404, "{\"errors\": [{\"errorMessage\": \"Person not found.\", \"errorCode\": 2}]}");
                } else {
                    FakeRemote.json(context, 200, "{\"id\": " + context.pathParam("id") + ", \"name\": \"p\"}");
                }
            });
            SyncRun run = harness.sync();
            assertEquals("SUCCEEDED", run.state(), run.error());
            assertEquals(2, harness.count("tags"));
            assertNull(harness.record("tags", "2"));
        }
    }

    @Test
    void aTableRowCanFailTheSyncWithItsOwnMessage() {
        String errors = """
                errors:
                  - status: [400]
                    body: '$contains(message, "x-ph-userId")'
                    action: fail
                    message: the integration needs a Phenom user id
                """;
        try (SyncHarness harness = new SyncHarness(folder, mapping(errors), Map.of())) {
            harness.remote.get("/search", context -> FakeRemote.json(context, 400,
                    "{\"status\": 400, \"message\": \"Header x-ph-userId is missing\"}"));
            SyncRun run = harness.sync();
            assertEquals("FAILED", run.state());
            assertTrue(run.error().startsWith("the integration needs a Phenom user id"), run.error());
            assertEquals("{\"status\": 400, \"message\": \"Header x-ph-userId is missing\"}", run.errorDetail());
        }
    }

    @Test
    void aTableRowCanRetryWhatTheDefaultsWouldNot() {
        String errors = """
                errors:
                  - status: [409]
                    action: retry
                """;
        AtomicInteger calls = new AtomicInteger();
        try (SyncHarness harness = new SyncHarness(folder, mapping(errors), Map.of())) {
            harness.remote.get("/search", context -> {
                if (calls.incrementAndGet() < 3) {
                    FakeRemote.json(context, 409, "{\"error\": \"index rebuilding\"}");
                } else {
                    FakeRemote.json(context, 200, "{\"searchResults\": []}");
                }
            });
            assertEquals("SUCCEEDED", harness.sync().state());
            assertEquals(3, calls.get());
        }
    }

    @Test
    void aReportedQuotaNearItsEndWaitsForAResetThatIsClose() {
        String quota = """
                rate_limit:
                  quota_headers: { remaining: x-ratelimit-remaining, reset: x-ratelimit-reset }
                  reserve: 2
                """;
        AtomicInteger left = new AtomicInteger(4);
        try (SyncHarness harness = new SyncHarness(folder, mapping(quota), Map.of())) {
            search(harness.remote, 6);
            harness.remote.get("/people/:id", context -> {
                int remaining = Math.max(0, left.decrementAndGet());
                context.response().putHeader("x-ratelimit-remaining", Integer.toString(remaining))
                        .putHeader("x-ratelimit-reset", "1");
                FakeRemote.json(context, 200, "{\"id\": " + context.pathParam("id") + ", \"name\": \"p\"}");
            });
            long started = System.currentTimeMillis();
            SyncRun run = harness.sync();
            assertEquals("SUCCEEDED", run.state(), run.error());
            assertTrue(System.currentTimeMillis() - started >= 900, "it waited for the reset");
        }
    }

    @Test
    void aQuotaThatResetsFarAwayStopsTheSyncBeforeItIsUsedUp() {
        String quota = """
                rate_limit:
                  quota_headers: { remaining: x-ratelimit-remaining, reset: x-ratelimit-reset }
                  reserve: 5
                """;
        try (SyncHarness harness = new SyncHarness(folder, mapping(quota), Map.of())) {
            harness.remote.get("/search", context -> {
                context.response().putHeader("x-ratelimit-remaining", "3").putHeader("x-ratelimit-reset", "9299");
                FakeRemote.json(context, 200, "{\"searchResults\": [{\"id\": 1}]}");
            });
            harness.remote.get("/people/:id", context -> FakeRemote.json(context, 200, "{\"id\": 1, \"name\": \"p\"}"));
            SyncRun run = harness.sync();
            assertEquals("FAILED", run.state());
            assertTrue(run.error().contains("quota is nearly used"), run.error());
            assertEquals(0, harness.remote.count("/people/1"), "no request beyond the reserve");
            assertNotNull(run.error());
        }
    }
}
