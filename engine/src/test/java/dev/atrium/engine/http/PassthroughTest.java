package dev.atrium.engine.http;

import static dev.atrium.engine.http.PassthroughFixture.API_KEY;
import dev.atrium.engine.store.IntegrationSettings;
import static dev.atrium.engine.http.PassthroughFixture.SUBSCRIPTION;
import static dev.atrium.engine.http.PassthroughFixture.harness;
import static dev.atrium.engine.http.PassthroughFixture.send;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.sync.SyncHarness;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.FileUpload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a passthrough request sends to the tool and what the caller gets back, against a local fake. */
class PassthroughTest {

    @TempDir
    Path folder;

    @Test
    void addsTheIntegrationsAuthAndForwardsHeadersParamsAndJson() {
        try (SyncHarness harness = harness(folder)) {
            harness.remote.post("/things", context -> FakeRemote.json(context, 201, "{\"id\": 7}"));
            PassthroughResult result = send(harness, """
                    {"method": "POST", "path": "/things?c=3", "headers": {"X-Trace": "abc", "Accept": "text/csv"},
                     "params": {"a": "1", "b": "x y"}, "data": {"name": "Ada", "tags": [1, 2]}}
                    """);
            FakeRemote.Seen seen = harness.remote.seen().get(0);
            assertEquals(API_KEY, seen.authHeader(), "the API key the sync uses is added");
            assertEquals(SUBSCRIPTION, seen.header("X-Subscription"), "the mapping's headers are added");
            assertEquals("abc", seen.header("X-Trace"));
            assertEquals("text/csv", seen.header("Accept"), "a caller may replace a mapping header without secrets");
            assertEquals("c=3&a=1&b=x%20y", seen.query());
            assertEquals("application/json", seen.header("Content-Type"));
            assertEquals(Json.object().put("name", "Ada").set("tags", Json.MAPPER.createArrayNode().add(1).add(2)),
                    PassthroughFixture.parse(seen.body()));

            assertEquals(201, result.status());
            assertEquals(7, result.data().get("id").asInt(), "a JSON answer comes back as JSON");
            assertEquals(harness.remote.baseUrl() + "/things?c=3&a=1&b=x%20y", result.url());
            assertEquals("application/json", result.headers().get("content-type").asText());
            assertEquals(List.of(), result.warnings());
        }
    }

    @Test
    void aKeyInTheQueryIsSentButNeverShownNorReplaceable() {
        try (SyncHarness harness = harness(folder, """
                type: api_key
                in: query
                name: api_key
                value: "{$connection.api_key}"
                """)) {
            harness.remote.get("/things", context -> FakeRemote.json(context, 200, "[]"));
            PassthroughResult result = send(harness, "{\"method\": \"GET\", \"path\": \"/things\", \"params\": {\"q\": \"x\"}}");
            assertEquals("q=x&api_key=" + API_KEY, harness.remote.seen().get(0).query());
            assertEquals(harness.remote.baseUrl() + "/things?q=x", result.url());
            assertTrue(result.data().isArray());

            for (String body : List.of("{\"method\": \"GET\", \"path\": \"/things\", \"params\": {\"API_KEY\": \"mine\"}}",
                    "{\"method\": \"GET\", \"path\": \"/things?api_key=mine\"}")) {
                PassthroughException refused = assertThrows(PassthroughException.class, () -> send(harness, body));
                assertEquals(PassthroughException.Reason.INVALID, refused.reason());
                assertTrue(refused.getMessage().contains("credentials"), refused.getMessage());
            }
            assertEquals(1, harness.remote.seen().size());
        }
    }

    @Test
    void aStringIsSentRawWithTheCallersContentType() {
        try (SyncHarness harness = harness(folder)) {
            harness.remote.post("/soap", context -> context.response().putHeader("Content-Type", "text/xml")
                    .end("<ok/>"));
            String xml = "<Envelope><Body>{\\\"not\\\": \\\"json\\\"}</Body></Envelope>";
            PassthroughResult result = send(harness, "{\"method\": \"POST\", \"path\": \"soap\", \"data\": \"" + xml
                    + "\", \"headers\": {\"content-type\": \"text/xml; charset=utf-8\"}}");
            FakeRemote.Seen seen = harness.remote.seen().get(0);
            assertEquals("<Envelope><Body>{\"not\": \"json\"}</Body></Envelope>", seen.body());
            assertEquals("text/xml; charset=utf-8", seen.header("Content-Type"));
            assertEquals("<ok/>", result.data().asText(), "an answer that is not JSON comes back as text");
            assertTrue(result.data().isTextual());
        }
    }

    @Test
    void binaryAnswersComeBackAsBase64WhenAsked() {
        byte[] pdf = new byte[256];
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) i;
        }
        try (SyncHarness harness = harness(folder)) {
            harness.remote.get("/files/1", context -> context.response().putHeader("Content-Type", "application/pdf")
                    .end(Buffer.buffer(pdf)));
            harness.remote.get("/empty", context -> context.response().setStatusCode(204).end());
            PassthroughResult result = send(harness,
                    "{\"method\": \"GET\", \"path\": \"/files/1\", \"response_as_base64\": true}");
            assertArrayEquals(pdf, Base64.getDecoder().decode(result.data().asText()));
            assertEquals("application/pdf", result.headers().get("content-type").asText());
            PassthroughResult empty = send(harness, "{\"method\": \"GET\", \"path\": \"/empty\"}");
            assertEquals(204, empty.status());
            assertTrue(empty.data().isNull(), "no body is null");
        }
    }

    @Test
    void theToolsErrorsAreAnswersAndOnlyGetIsRetried() {
        try (SyncHarness harness = harness(folder)) {
            harness.remote.any("/busy", context -> FakeRemote.json(context, 503, "{\"error\": \"busy\"}"));
            harness.remote.get("/missing", context -> FakeRemote.json(context, 404, "{\"error\": \"no such thing\"}"));

            PassthroughResult missing = send(harness, "{\"method\": \"GET\", \"path\": \"/missing\"}");
            assertEquals(404, missing.status());
            assertEquals("no such thing", missing.data().get("error").asText());
            assertEquals(1, harness.remote.count("/missing"), "a 404 is not retried");

            PassthroughResult get = send(harness, "{\"method\": \"GET\", \"path\": \"/busy\"}");
            assertEquals(503, get.status());
            assertEquals(2, harness.remote.count("/busy"), "GET is retried like a sync read, then answered as is");
            for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
                PassthroughResult write = send(harness, "{\"method\": \"" + method + "\", \"path\": \"/busy\","
                        + " \"data\": {}}");
                assertEquals(503, write.status());
            }
            assertEquals(6, harness.remote.count("/busy"), "methods other than GET are sent once");
        }
    }

    @Test
    void redirectsAreReturnedNotFollowed() {
        try (SyncHarness harness = harness(folder)) {
            harness.remote.get("/download", context -> context.response().setStatusCode(302)
                    .putHeader("Location", harness.remote.baseUrl() + "/elsewhere").end());
            harness.remote.get("/elsewhere", context -> FakeRemote.json(context, 200, "{}"));
            PassthroughResult result = send(harness, "{\"method\": \"GET\", \"path\": \"/download\"}");
            assertEquals(302, result.status());
            assertEquals(harness.remote.baseUrl() + "/elsewhere", result.headers().get("location").asText());
            assertEquals(0, harness.remote.count("/elsewhere"), "the credentials never follow a redirect");
            assertTrue(result.warnings().get(0).contains("redirect"), result.warnings().toString());
        }
    }

    @Test
    void answersNeverCarryTheCredentialsOrCookies() {
        try (SyncHarness harness = harness(folder)) {
            harness.remote.get("/echo", context -> context.response()
                    .putHeader("X-Echo-Key", context.request().getHeader("X-Key"))
                    .putHeader("X-Debug", "subscription=" + context.request().getHeader("X-Subscription"))
                    .putHeader("Set-Cookie", "session=abc")
                    .putHeader("X-Request-Id", "r-1")
                    .end("ok"));
            PassthroughResult result = send(harness, "{\"method\": \"GET\", \"path\": \"/echo\"}");
            assertFalse(result.headers().has("x-echo-key"));
            assertFalse(result.headers().has("x-debug"));
            assertFalse(result.headers().has("set-cookie"));
            assertEquals("r-1", result.headers().get("x-request-id").asText());
            assertFalse(result.headers().toString().contains(API_KEY) || result.headers().toString()
                    .contains(SUBSCRIPTION));
            assertTrue(result.warnings().get(0).contains("x-debug") && result.warnings().get(0).contains("x-echo-key"),
                    result.warnings().toString());
        }
    }

    @Test
    void connectionHeadersAndApiOptionsAreLeftOutWithAWarning() {
        try (SyncHarness harness = harness(folder)) {
            harness.remote.get("/things", context -> FakeRemote.json(context, 200, "{}"));
            PassthroughResult result = send(harness, """
                    {"method": "GET", "path": "/things", "api_options": {"service_name": "Recruiting"},
                     "headers": {"Keep-Alive": "timeout=5", "Upgrade": "websocket", "X-Kept": "yes"}}
                    """);
            FakeRemote.Seen seen = harness.remote.seen().get(0);
            assertNull(seen.header("Keep-Alive"));
            assertNull(seen.header("Upgrade"));
            assertEquals("yes", seen.header("X-Kept"));
            assertEquals(3, result.warnings().size(), result.warnings().toString());
            assertTrue(result.warnings().get(0).startsWith("header Keep-Alive was not forwarded"),
                    result.warnings().toString());
            assertTrue(result.warnings().get(2).contains("api_options [service_name] were ignored"),
                    result.warnings().toString());
        }
    }

    @Test
    void multipartFormsCarryTextFieldsAndBase64Files() {
        byte[] resume = "%PDF-1.4 résumé".getBytes(StandardCharsets.UTF_8);
        try (SyncHarness harness = harness(folder)) {
            harness.remote.post("/upload", context -> {
                FileUpload file = context.fileUploads().get(0);
                byte[] content;
                try {
                    content = Files.readAllBytes(Path.of(file.uploadedFileName()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                FakeRemote.json(context, 200, Json.write(Json.object()
                        .put("note", context.request().getFormAttribute("note"))
                        .put("field", file.name()).put("file_name", file.fileName())
                        .put("type", file.contentType()).put("content", Base64.getEncoder().encodeToString(content))));
            });
            PassthroughResult result = send(harness, """
                    {"method": "POST", "path": "/upload", "headers": {"Content-Type": "application/json"},
                     "multipart_form_data": [
                       {"name": "note", "value": "Strong \\"candidate\\""},
                       {"name": "resume", "value": {"name": "Resume.pdf", "content_type": "application/pdf",
                        "data": "%s"}}]}
                    """.formatted(Base64.getEncoder().encodeToString(resume)));
            JsonNode seen = result.data();
            assertEquals(200, result.status(), String.valueOf(seen));
            assertEquals("Strong \"candidate\"", seen.get("note").asText());
            assertEquals("resume", seen.get("field").asText());
            assertEquals("Resume.pdf", seen.get("file_name").asText());
            assertEquals("application/pdf", seen.get("type").asText());
            assertArrayEquals(resume, Base64.getDecoder().decode(seen.get("content").asText()));
            assertTrue(result.warnings().get(0).contains("Content-Type"), result.warnings().toString());
        }
    }

    @Test
    void aTimeoutIsReportedAndAWriteIsNotRepeated() {
        try (SyncHarness harness = harness(folder)) {
            // Answers after the mapping's 400 ms timeout.
            harness.remote.any("/slow", context -> harness.vertx.setTimer(1500, id -> context.response().end("late")));
            PassthroughException post = assertThrows(PassthroughException.class,
                    () -> send(harness, "{\"method\": \"POST\", \"path\": \"/slow\", \"data\": {}}"));
            assertEquals(PassthroughException.Reason.TIMED_OUT, post.reason());
            assertTrue(post.getMessage().contains("400 ms"), post.getMessage());
            assertEquals(1, harness.remote.count("/slow"));

            PassthroughException get = assertThrows(PassthroughException.class,
                    () -> send(harness, "{\"method\": \"GET\", \"path\": \"/slow\"}"));
            assertEquals(PassthroughException.Reason.TIMED_OUT, get.reason());
            assertEquals(3, harness.remote.count("/slow"), "a GET gets the mapping's two attempts");
        }
    }

    @Test
    void noConnectionIsAFailureNotATimeout() {
        try (SyncHarness harness = harness(folder)) {
            Integration unreachable = harness.engine.integrations().create(harness.integration.environmentId(),
                    "demo", "http://127.0.0.1:9", Map.of("api_key", API_KEY), IntegrationSettings.readingAll(), null);
            PassthroughException failed = assertThrows(PassthroughException.class, () -> PassthroughFixture.send(
                    harness, unreachable, "default", "{\"method\": \"POST\", \"path\": \"/things\"}"));
            assertEquals(PassthroughException.Reason.FAILED, failed.reason());
            assertFalse(failed.getMessage().contains(API_KEY));
        }
    }

    @Test
    void theQuotaTheSyncsKeepIsKeptByPassthroughToo() {
        String quota = PassthroughFixture.mapping("type: none", "passthrough: { apis: { default: {} } }").replace(
                "  concurrency: 1", "  concurrency: 1\n  rate_limit: { quota_headers: { remaining: X-Left, reset: X-Reset },"
                        + " reserve: 5 }");
        try (SyncHarness harness = new SyncHarness(folder, quota, Map.of())) {
            harness.remote.get("/things", context -> context.response().putHeader("X-Left", "3")
                    .putHeader("X-Reset", "3600").end("ok"));
            assertEquals("ok", send(harness, "{\"method\": \"GET\", \"path\": \"/things\"}").data().asText());
            PassthroughException limited = assertThrows(PassthroughException.class,
                    () -> send(harness, "{\"method\": \"GET\", \"path\": \"/things\"}"));
            assertEquals(PassthroughException.Reason.RATE_LIMITED, limited.reason());
            assertEquals(1, harness.remote.count("/things"), "the tool saw only the first request");
        }
    }

    @Test
    void requestsBeyondTheMappingsConcurrencyAreRefusedUntilOneEnds() throws Exception {
        try (SyncHarness harness = harness(folder)) {
            CountDownLatch arrived = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            harness.remote.get("/held", context -> {
                arrived.countDown();
                // Holds the answer without blocking the fake's event loop.
                harness.vertx.executeBlocking(() -> release.await(5, TimeUnit.SECONDS))
                        .onComplete(done -> context.response().end("done"));
            });
            CompletableFuture<PassthroughResult> first = CompletableFuture.supplyAsync(
                    () -> send(harness, "{\"method\": \"GET\", \"path\": \"/held\"}"));
            assertTrue(arrived.await(5, TimeUnit.SECONDS));
            PassthroughException busy = assertThrows(PassthroughException.class,
                    () -> send(harness, "{\"method\": \"GET\", \"path\": \"/held\"}"));
            assertEquals(PassthroughException.Reason.BUSY, busy.reason());
            release.countDown();
            assertEquals(200, first.get(5, TimeUnit.SECONDS).status());
            harness.remote.get("/free", context -> context.response().end("free"));
            assertEquals("free", send(harness, "{\"method\": \"GET\", \"path\": \"/free\"}").data().asText(),
                    "the permit is back once the first request ended");
        }
    }

    @Test
    void aRefusedTokenIsRenewedOnceAndTheRequestSentAgain() {
        AtomicInteger issued = new AtomicInteger();
        try (SyncHarness harness = harness(folder, """
                type: token
                obtain:
                  url: /oauth/token
                  form: { grant_type: client_credentials, client_secret: "{$connection.api_key}" }
                token: access_token
                expires_in: expires_in
                """)) {
            harness.remote.post("/oauth/token", context -> FakeRemote.json(context, 200,
                    "{\"access_token\": \"token-" + issued.incrementAndGet() + "-abcdef\", \"expires_in\": 3600}"));
            harness.remote.post("/things", context -> {
                if ("Bearer token-2-abcdef".equals(context.request().getHeader("Authorization"))) {
                    context.response().putHeader("X-Token-Echo", "token-2-abcdef");
                    FakeRemote.json(context, 200, "{\"ok\": true}");
                } else {
                    context.response().setStatusCode(401).end();
                }
            });
            PassthroughResult result = send(harness, "{\"method\": \"POST\", \"path\": \"/things\", \"data\": [1]}");
            assertEquals(200, result.status());
            assertEquals(2, issued.get(), "one new token after the 401");
            assertEquals(2, harness.remote.count("/things"), "the refused request is sent once more, not retried");
            assertEquals("[1]", harness.remote.seen().get(harness.remote.seen().size() - 1).body());
            assertFalse(result.headers().has("x-token-echo"), "the renewed token is scrubbed too");
        }
    }
}
