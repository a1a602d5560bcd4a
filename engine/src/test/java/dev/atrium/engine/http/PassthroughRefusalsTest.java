package dev.atrium.engine.http;

import static dev.atrium.engine.http.PassthroughFixture.harness;
import static dev.atrium.engine.http.PassthroughFixture.send;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.sync.SyncHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every passthrough request that must never reach the tool, and why the caller is told it was refused. */
class PassthroughRefusalsTest {

    @TempDir
    Path folder;

    /** Sends a request that must be refused as invalid before anything reaches the tool; returns the message. */
    private static String refused(SyncHarness harness, Integration integration, String tool, String api, String json) {
        int before = harness.remote.seen().size();
        PassthroughException error = assertThrows(PassthroughException.class, () -> harness.engine.passthrough()
                .send(integration, tool, api, PassthroughFixture.parse(json)), json);
        assertEquals(PassthroughException.Reason.INVALID, error.reason(), error.getMessage());
        assertEquals(before, harness.remote.seen().size(), "nothing reached the tool for " + json);
        return error.getMessage();
    }

    /** A folder of its own for a second engine in one test. */
    private Path other(String name) throws IOException {
        return Files.createDirectories(folder.resolve(name));
    }

    private static String refused(SyncHarness harness, String json) {
        return refused(harness, harness.integration, "demo", "default", json);
    }

    private static String path(String path) {
        return Json.write(Json.object().put("method", "GET").put("path", path));
    }

    @Test
    void pathsThatCouldLeaveTheBaseUrlAreRefused() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("http://evil.example/x", "absolute URL"),
                Map.entry("HTTPS://evil.example", "absolute URL"),
                Map.entry("mailto:someone", "absolute URL"),
                Map.entry("//evil.example/x", "//"),
                Map.entry("/../admin", ".."),
                Map.entry("/a/../../admin", ".."),
                Map.entry("..", ".."),
                Map.entry("/a/%2e%2e/admin", ".."),
                Map.entry("/a/%2E%2e/admin", ".."),
                Map.entry("/a/.%2e/admin", ".."),
                Map.entry("/a/%252e%252e/admin", ".."),
                Map.entry("/a/..%2fadmin", ".."),
                Map.entry("/..;/admin", ".."),
                Map.entry("/a\\..\\admin", "backslash"),
                Map.entry("\\\\evil.example\\x", "backslash"),
                Map.entry("/a/%5c..%5cadmin", "backslash"),
                Map.entry("/a\r\nHost: evil.example", "control"),
                Map.entry("/a%0d%0aHost:%20evil.example", "control"),
                Map.entry("/a%00", "control"),
                Map.entry("@evil.example/x", "@"),
                Map.entry("/x@evil.example", "@"),
                Map.entry("/a b", "space"),
                Map.entry("/café", "non-ASCII"),
                Map.entry("/a#fragment", "fragment"),
                Map.entry("/a%zz", "percent-encoded"));
        try (SyncHarness harness = harness(folder)) {
            cases.forEach((path, why) -> {
                String message = refused(harness, path(path));
                assertTrue(message.startsWith("path ") && message.contains(why), path + ": " + message);
            });
        }
    }

    @Test
    void ordinaryPathsPassTheChecks() {
        for (String path : List.of("/recruitment/positions", "recruitment/positions?page=2&per_page=10",
                "/users/a%40b.example", "/files/report..pdf", "/a/./b", "/search?q=a@b.example&x=..", "/")) {
            assertDoesNotThrow(() -> PassthroughPath.check(path), path);
        }
        assertEquals("/relative", PassthroughPath.check("relative"));
    }

    @Test
    void theFinalUrlMustStartWithTheBaseUrl() {
        String base = "https://acme.example/api";
        for (String url : List.of("https://acme.example/api", "https://acme.example/api/", "https://acme.example/api/x?y=1",
                "https://ACME.example:443/api/x")) {
            assertDoesNotThrow(() -> PassthroughPath.requireUnder(base, url), url);
        }
        for (String url : List.of("https://acme.example/apiary", "https://acme.example/other", "http://acme.example/api/x",
                "https://acme.example:8443/api/x", "https://evil.example/api/x", "https://acme.example@evil.example/api",
                "https://user@acme.example/api/x", "https://acme.example/api/../admin", "https://acme.example/api/a b")) {
            PassthroughException error = assertThrows(PassthroughException.class,
                    () -> PassthroughPath.requireUnder(base, url), url);
            assertEquals(PassthroughException.Reason.INVALID, error.reason());
        }
    }

    @Test
    void onlyTheIntegrationsToolAndDeclaredApisAreReachable() throws IOException {
        try (SyncHarness harness = harness(folder)) {
            String get = path("/things");
            String otherTool = refused(harness, harness.integration, "othertool", "default", get);
            assertTrue(otherTool.contains("othertool") && otherTool.contains(harness.integration.id()), otherTool);
            String unknown = refused(harness, harness.integration, "demo", "v9", get);
            assertTrue(unknown.contains("'v9'") && unknown.contains("default, nested"), unknown);

            Integration disabled = new Integration(harness.integration.id(), harness.integration.environmentId(),
                    "demo", harness.integration.baseUrl(), harness.integration.connection(), Json.object(), null, false,
                    0, null, null, null, null, null);
            assertTrue(refused(harness, disabled, "demo", "default", get).contains("disabled"));
        }
        try (SyncHarness without = new SyncHarness(other("none"), PassthroughFixture.mapping("type: none", ""),
                Map.of())) {
            String none = refused(without, without.integration, "demo", "default", path("/things"));
            assertTrue(none.contains("declares no passthrough APIs"), none);
        }
    }

    @Test
    void credentialHeadersAndHostCannotBeSetByTheCaller() throws IOException {
        try (SyncHarness harness = harness(folder)) {
            for (String header : List.of("Host", "host", "X-Key", "x-key", "X-Subscription")) {
                String message = refused(harness, "{\"method\": \"GET\", \"path\": \"/things\", \"headers\": {\""
                        + header + "\": \"mine\"}}");
                assertTrue(message.contains("headers." + header), message);
            }
            assertTrue(refused(harness, "{\"method\": \"GET\", \"path\": \"/x\", \"headers\": {\"X-A\": \"1\\r\\nX-B: 2\"}}")
                    .contains("line break"));
            assertTrue(refused(harness, "{\"method\": \"GET\", \"path\": \"/x\", \"headers\": {\"Bad Name\": \"1\"}}")
                    .contains("not a valid header name"));
        }
        try (SyncHarness bearer = harness(other("bearer"), """
                type: bearer
                token: "{$connection.api_key}"
                """)) {
            assertTrue(refused(bearer, "{\"method\": \"GET\", \"path\": \"/x\", \"headers\": {\"authorization\": \"Bearer"
                    + " other\"}}").contains("credentials"));
        }
    }

    @Test
    void badBodiesNameTheParameter() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("{\"path\": \"/x\"}", "method"),
                Map.entry("{\"method\": \"HEAD\", \"path\": \"/x\"}", "method"),
                Map.entry("{\"method\": \"GET\"}", "path"),
                Map.entry("{\"method\": \"GET\", \"path\": \"\"}", "path"),
                Map.entry("{\"method\": \"GET\", \"path\": \"/x\", \"extra\": 1}", "extra"),
                Map.entry("{\"method\": \"GET\", \"path\": \"/x\", \"headers\": [\"a\"]}", "headers"),
                Map.entry("{\"method\": \"GET\", \"path\": \"/x\", \"params\": {\"a\": {\"b\": 1}}}", "params.a"),
                Map.entry("{\"method\": \"GET\", \"path\": \"/x\", \"response_as_base64\": \"yes\"}",
                        "response_as_base64"),
                Map.entry("{\"method\": \"POST\", \"path\": \"/x\", \"data\": {}, \"multipart_form_data\":"
                        + " [{\"name\": \"a\", \"value\": \"b\"}]}", "either data or multipart_form_data"),
                Map.entry("{\"method\": \"POST\", \"path\": \"/x\", \"multipart_form_data\": [{\"name\": \"f\", \"value\":"
                        + " {\"name\": \"cv.pdf\", \"data_url\": \"http://169.254.169.254/\"}}]}",
                        "multipart_form_data[0].value.data_url is not supported"),
                Map.entry("{\"method\": \"POST\", \"path\": \"/x\", \"multipart_form_data\": [{\"name\": \"f\", \"value\":"
                        + " {\"name\": \"cv.pdf\", \"data\": \"%%%\", \"content_type\": \"application/pdf\"}}]}",
                        "multipart_form_data[0].value.data is not valid base64"),
                Map.entry("{\"method\": \"POST\", \"path\": \"/x\", \"multipart_form_data\": [{\"name\": \"f\", \"value\":"
                        + " {\"name\": \"cv.pdf\", \"data\": \"AAAA\"}}]}", "multipart_form_data[0].value.content_type"),
                Map.entry("{\"method\": \"POST\", \"path\": \"/x\", \"multipart_form_data\": [{\"name\": \"a\\r\\nb\","
                        + " \"value\": \"v\"}]}", "multipart_form_data[0].name"),
                Map.entry("{\"method\": \"POST\", \"path\": \"/x\", \"multipart_form_data\": [{\"name\": \"a\"}]}",
                        "multipart_form_data[0].value"));
        try (SyncHarness harness = harness(folder)) {
            cases.forEach((body, named) -> {
                String message = refused(harness, body);
                assertTrue(message.contains(named), body + ": " + message);
            });
        }
    }

    @Test
    void anApiWithARelativeBaseUrlStaysUnderIt() {
        try (SyncHarness harness = harness(folder)) {
            harness.remote.get("/api/things", context -> FakeRemote.json(context, 200, "{\"under\": \"api\"}"));
            PassthroughResult result = PassthroughFixture.send(harness, harness.integration, "nested",
                    path("/things"));
            assertEquals("api", result.data().get("under").asText());
            assertEquals(harness.remote.baseUrl() + "/api/things", result.url());
            refused(harness, harness.integration, "demo", "nested", path("/%2e%2e/admin"));
        }
    }
}
