package dev.atrium.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.http.FakeRemote;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.SyncRun;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every paging style a mapping can declare, each against a local fake with 23 records. */
class PagingStylesTest {

    private static final int RECORDS = 23;

    @TempDir
    Path folder;

    private static String mapping(String request, String paginate, String records) {
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
                  retry: { max_attempts: 2, initial_delay_ms: 1, max_delay_ms: 5 }
                streams:
                  items:
                    request: %s
                    paginate: %s
                    records: %s
                    emit:
                      - model: tags
                        transform: '{ "remote_id": id, "name": name }'
                """.formatted(request, paginate, records);
    }

    private static String items(int from, int to) {
        return IntStream.range(from, Math.min(to, RECORDS))
                .mapToObj(i -> "{\"id\": " + (i + 1) + ", \"name\": \"item " + (i + 1) + "\"}")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private SyncRun syncWith(SyncHarness harness) {
        SyncRun run = harness.sync();
        assertEquals("SUCCEEDED", run.state(), run.error());
        assertEquals(RECORDS, harness.count("tags"), "every record once");
        return run;
    }

    private static int param(RoutingContext context, String name, int fallback) {
        String value = context.request().getParam(name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    @Test
    void pageNumbersStopAtTheReportedTotal() {
        try (SyncHarness harness = new SyncHarness(folder, mapping("{ path: /items }",
                "{ type: page_number, param: page, size_param: per_page, size: 5, total: meta.total }", "data"), Map.of())) {
            harness.remote.get("/items", context -> {
                int page = param(context, "page", 1);
                FakeRemote.json(context, 200, "{\"data\": " + items((page - 1) * 5, page * 5) + ", \"meta\": {\"total\": "
                        + RECORDS + "}}");
            });
            assertEquals(5, syncWith(harness).counts().pages());
        }
    }

    @Test
    void offsetAndLimitOrFromAndSizeStopAtTheTotal() {
        try (SyncHarness harness = new SyncHarness(folder, mapping("{ path: /items }",
                "{ type: offset, offset_param: from, limit_param: size, size: 10, total: pagination.total }",
                "data.candidates"), Map.of())) {
            harness.remote.get("/items", context -> {
                int from = param(context, "from", -1);
                int size = param(context, "size", -1);
                FakeRemote.json(context, 200, "{\"pagination\": {\"total\": " + RECORDS + ", \"from\": " + from
                        + "}, \"data\": {\"candidates\": " + items(from, from + size) + "}}");
            });
            assertEquals(3, syncWith(harness).counts().pages());
        }
    }

    @Test
    void continuationTokensAreFollowedWhileMoreResultsAreAnnounced() {
        try (SyncHarness harness = new SyncHarness(folder, mapping("{ path: /items }",
                "{ type: token, param: continuationToken, token: continuationToken, has_more: hasMoreResults }",
                "records"), Map.of())) {
            harness.remote.get("/items", context -> {
                String token = context.request().getParam("continuationToken");
                int from = token == null ? 0 : Integer.parseInt(token.substring(4));
                boolean more = from + 10 < RECORDS;
                FakeRemote.json(context, 200, "{\"hasMoreResults\": " + more + ", \"continuationToken\": "
                        + (more ? "\"tok-" + (from + 10) + "\"" : "null") + ", \"additionalResultsUrl\": null,"
                        + " \"records\": " + items(from, from + 10) + "}");
            });
            assertEquals(3, syncWith(harness).counts().pages());
        }
    }

    @Test
    void nextLinksAbsoluteOrRelativeAreFollowedOnTheSameHostOnly() {
        try (SyncHarness harness = new SyncHarness(folder, mapping("{ path: /public/v1/items }",
                "{ type: next_url, url: data.links.next }", "data.items"), Map.of())) {
            harness.remote.get("/public/v1/items", context -> {
                int page = param(context, "page", 1);
                String next = page == 1 ? "\"" + harness.remote.baseUrl() + "/public/v1/items?page=2&limit=10\""
                        : page == 2 ? "\"/public/v1/items?page=3&limit=10\"" : "null";
                FakeRemote.json(context, 200, "{\"data\": {\"items\": " + items((page - 1) * 10, page * 10)
                        + ", \"links\": {\"next\": " + next + "}}}");
            });
            syncWith(harness);
        }
        try (SyncHarness harness = new SyncHarness(folder.resolve("elsewhere"), mapping("{ path: /public/v1/items }",
                "{ type: next_url, url: data.links.next }", "data.items"), Map.of())) {
            harness.remote.get("/public/v1/items", context -> FakeRemote.json(context, 200, "{\"data\": {\"items\": "
                    + items(0, 10) + ", \"links\": {\"next\": \"https://attacker.example/steal\"}}}"));
            SyncRun run = harness.sync();
            assertEquals("FAILED", run.state());
            assertTrue(run.error().contains("another host"), run.error());
        }
    }

    @Test
    void keysetSearchesAreRequeriedAfterTheLastIdOfAFullPage() {
        String request = """
                { method: POST, path: /search/people, body: '{"filters": [$page.after ? {"name": "person.id", "value": [$string($page.after)], "operator": ">"} : {"name": "person.id", "value": ["0"], "operator": ">"}]}' }
                """.strip();
        try (SyncHarness harness = new SyncHarness(folder, mapping(request,
                "{ type: keyset, key: 'searchResults[-1].id', page_size: 10 }", "searchResults"), Map.of())) {
            harness.remote.post("/search/people", context -> {
                JsonNode body;
                try {
                    body = Json.parse(context.body().asString());
                } catch (Exception e) {
                    context.response().setStatusCode(400).end();
                    return;
                }
                int after = Integer.parseInt(body.at("/filters/0/value/0").asText());
                String results = IntStream.range(after, Math.min(after + 10, RECORDS))
                        .mapToObj(i -> "{\"id\": " + (i + 1) + ", \"name\": \"item " + (i + 1) + "\"}")
                        .collect(Collectors.joining(", ", "[", "]"));
                FakeRemote.json(context, 200, "{\"searchResults\": " + results + "}");
            });
            assertEquals(3, syncWith(harness).counts().pages());
            List<String> bodies = harness.remote.seen().stream().map(FakeRemote.Seen::body).toList();
            assertTrue(bodies.get(1).contains("\"value\":[\"10\"]") && bodies.get(2).contains("\"value\":[\"20\"]"),
                    bodies.toString());
        }
    }

    @Test
    void aSingleDocumentIsOnePage() {
        try (SyncHarness harness = new SyncHarness(folder, mapping("{ path: /feed }", "{ type: none }", "ads"),
                Map.of())) {
            harness.remote.get("/feed", context -> FakeRemote.json(context, 200, "{\"count\": " + RECORDS + ", \"ads\": "
                    + items(0, RECORDS) + "}"));
            assertEquals(1, syncWith(harness).counts().pages());
        }
    }

    @Test
    void pagesThatNeverEndStopTheSyncWithAClearError() {
        try (SyncHarness harness = new SyncHarness(folder, mapping("{ path: /items }",
                "{ type: token, param: t, token: next, max_pages: 50 }", "data"), Map.of())) {
            harness.remote.get("/items", context -> {
                int page = param(context, "t", 0);
                FakeRemote.json(context, 200, "{\"data\": [{\"id\": " + (page + 1) + ", \"name\": \"x\"}], \"next\": \""
                        + (page + 1) + "\"}");
            });
            SyncRun run = harness.sync();
            assertEquals("FAILED", run.state());
            assertTrue(run.error().contains("passed 50 pages"), run.error());
            assertEquals(0, run.counts().deleted(), "a failed sync deletes nothing");
        }
    }

    @Test
    void aTokenThatDoesNotChangeIsALoopNotAnotherPage() {
        try (SyncHarness harness = new SyncHarness(folder, mapping("{ path: /items }",
                "{ type: token, param: t, token: next }", "data"), Map.of())) {
            harness.remote.get("/items", context -> FakeRemote.json(context, 200, "{\"data\": [{\"id\": "
                    + (context.request().getParam("t") == null ? 1 : 2) + ", \"name\": \"x\"}], \"next\": \"same\"}"));
            SyncRun run = harness.sync();
            assertEquals("FAILED", run.state());
            assertTrue(run.error().contains("did not change"), run.error());
        }
    }
}
