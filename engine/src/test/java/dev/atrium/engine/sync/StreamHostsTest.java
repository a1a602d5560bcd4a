package dev.atrium.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atrium.engine.http.FakeRemote;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stream with its own {@code request.base_url}: a tool serving a feed on one host and its API on another. */
class StreamHostsTest {

    private static final String MAPPING = """
            format: atrium-connector/v1
            tool: demo
            label: Demo
            category: ats
            connection:
              api: { label: API }
              feed: { label: Feed host }
              token: { label: Feed token, secret: true, required: false }
            http:
              base_url: "{$connection.api}"
              auth: { type: none }
              retry: { max_attempts: 2, initial_delay_ms: 1, max_delay_ms: 5 }
            streams:
              feed:
                request: { path: "/export/feed{$connection.token ? '/' & $connection.token : ''}", base_url: "{$connection.feed}" }
                paginate: { type: next_url, url: next }
                records: ads
                emit:
                  - model: tags
                    transform: '{ "remote_id": "ad-" & id, "name": name }'
              items:
                request: { path: /items }
                records: data
                emit:
                  - model: tags
                    transform: '{ "remote_id": "item-" & id, "name": name }'
            """;

    @TempDir
    Path folder;

    @Test
    void aStreamReadsFromItsOwnHostAndFollowsLinksThereWhileTheOthersUseTheBaseUrl() {
        try (SyncHarness harness = new SyncHarness(folder, MAPPING, Map.of("api", "unused", "feed", "unused"));
                FakeRemote feedHost = new FakeRemote(harness.vertx)) {
            harness.remote.get("/api/items", c -> FakeRemote.json(c, 200, "{\"data\": [{\"id\": 1, \"name\": \"i\"}]}"));
            feedHost.get("/export/feed", c -> FakeRemote.json(c, 200, c.request().getParam("page") == null
                    ? "{\"ads\": [{\"id\": 1, \"name\": \"a\"}], \"next\": \"" + feedHost.baseUrl() + "/export/feed?page=2\"}"
                    : "{\"ads\": [{\"id\": 2, \"name\": \"b\"}], \"next\": null}"));
            Integration split = harness.engine.integrations().create(harness.integration.environmentId(), "demo", null,
                    Map.of("api", harness.remote.baseUrl() + "/api", "feed", feedHost.baseUrl()), Json.object(), null);
            SyncRun run = harness.engine.syncs().runNow(split.id(), SyncType.FULL, "test", SyncListener.NONE);
            assertEquals("SUCCEEDED", run.state(), run.error());
            assertEquals(3, harness.engine.records().count(split.id(), "tags", false), "both feed pages and the item");
            assertEquals(2, feedHost.count("/export/feed"), "the feed and its next page on the feed host");
            assertEquals(0, harness.remote.count("/export/feed"), "nothing of the feed on the API host");
        }
    }

    @Test
    void anOverriddenBaseUrlServesEveryHostOfTheTool() {
        try (SyncHarness harness = new SyncHarness(folder, MAPPING, Map.of("api", "https://api.invalid",
                "feed", "https://feed.invalid"))) {
            harness.remote.get("/items", c -> FakeRemote.json(c, 200, "{\"data\": [{\"id\": 1, \"name\": \"i\"}]}"));
            harness.remote.get("/export/feed", c -> FakeRemote.json(c, 200,
                    "{\"ads\": [{\"id\": 1, \"name\": \"a\"}], \"next\": null}"));
            SyncRun run = harness.sync();
            assertEquals("SUCCEEDED", run.state(), run.error());
            assertEquals(2, harness.count("tags"));
            assertTrue(harness.remote.count("/export/feed") == 1, "the feed came from the override");
        }
    }

    @Test
    void aSecretTokenInThePathStaysOutOfTheRecords() {
        try (SyncHarness harness = new SyncHarness(folder, MAPPING, Map.of("api", "a", "feed", "f",
                "token", "s3cretFeedToken"))) {
            harness.remote.get("/items", c -> FakeRemote.json(c, 200, "{\"data\": []}"));
            harness.remote.get("/export/feed/s3cretFeedToken", c -> FakeRemote.json(c, 200,
                    "{\"ads\": [{\"id\": 1, \"name\": \"a\"}], \"next\": null}"));
            SyncRun run = harness.sync();
            assertEquals("SUCCEEDED", run.state(), run.error());
            String remoteData = harness.record("tags", "ad-1").content().get("remote_data").toString();
            assertTrue(remoteData.contains("/export/feed/{token}") && !remoteData.contains("s3cret"), remoteData);
        }
    }
}
