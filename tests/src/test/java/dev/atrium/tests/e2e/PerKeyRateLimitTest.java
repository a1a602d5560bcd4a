package dev.atrium.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.Integration;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.server.api.ApiServer;
import dev.atrium.server.api.ratelimit.ApiRateLimit;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-key rate limit of /v1 over real HTTP, on a server started with a small limit. */
class PerKeyRateLimitTest {

    @TempDir
    Path folder;

    @Test
    void aKeyAboveItsLimitGets429WithTheErrorEnvelopeAndTheHeaders() throws Exception {
        try (Limited limited = new Limited(folder, new ApiRateLimit(3, 60))) {
            String base = limited.base();
            String key = limited.key;
            for (int request = 1; request <= 3; request++) {
                HttpResponse<String> answer = RawHttp.get(base + "/v1/check-api-key", bearer(key));
                assertEquals(200, answer.statusCode(), answer.body());
                assertEquals("3", RawHttp.header(answer, "ratelimit-limit"));
                assertEquals(String.valueOf(3 - request), RawHttp.header(answer, "ratelimit-remaining"));
                assertResetWithinWindow(answer, 60);
                assertNull(RawHttp.header(answer, "Retry-After"));
            }

            HttpResponse<String> refused = RawHttp.get(base + "/v1/check-api-key", bearer(key));
            assertEquals(429, refused.statusCode(), refused.body());
            JsonNode body = Json.parse(refused.body());
            ApiShapes.assertError(body);
            assertEquals("PLATFORM.RATE_LIMIT_EXCEEDED", body.at("/error/code").asText());
            assertEquals("Too many requests.", body.at("/error/title").asText());
            assertTrue(body.at("/error/message").asText().contains("3 requests"), body.toString());
            assertEquals("3", RawHttp.header(refused, "ratelimit-limit"));
            assertEquals("0", RawHttp.header(refused, "ratelimit-remaining"));
            int reset = assertResetWithinWindow(refused, 60);
            assertEquals(String.valueOf(reset), RawHttp.header(refused, "Retry-After"),
                    "Retry-After says when the window ends");
            assertTrue(body.at("/error/message").asText().contains("retry in " + reset + " seconds"));

            // Counted before the endpoint does anything: a refused force-sync queues no sync.
            Integration sage = limited.atrium.connect(limited.environmentId, "sagehr");
            HttpResponse<String> sync = RawHttp.send("POST", base + "/v1/force-sync", "{\"type\": \"FULL\"}",
                    Map.of("Authorization", "Bearer " + key, "X-Integration-Id", sage.id()));
            assertEquals(429, sync.statusCode(), sync.body());
            assertEquals(0, limited.atrium.engine.syncRuns().list(sage.id(), null, 10).size());
        }
    }

    @Test
    void keysAreCountedApartAndOnlyRequestsWithAValidKeyCount() throws Exception {
        try (Limited limited = new Limited(folder, new ApiRateLimit(2, 60))) {
            String base = limited.base();
            String first = limited.key;
            String second = limited.atrium.admin.createApiKey(limited.environmentId, false, "second").key();
            String admin = limited.atrium.admin.createApiKey(null, true, "operator").key();
            assertEquals(200, RawHttp.get(base + "/v1/check-api-key", bearer(first)).statusCode());
            assertEquals(200, RawHttp.get(base + "/v1/check-api-key", bearer(first)).statusCode());
            assertEquals(429, RawHttp.get(base + "/v1/check-api-key", bearer(first)).statusCode());

            HttpResponse<String> other = RawHttp.get(base + "/v1/check-api-key", bearer(second));
            assertEquals(200, other.statusCode(), "another key of the same environment has its own count");
            assertEquals("1", RawHttp.header(other, "ratelimit-remaining"));

            // Refused by the endpoint, not by the limit, and without rate-limit headers: no key, a wrong
            // key, an admin key (which the data API does not take).
            for (Map<String, String> headers : java.util.List.of(Map.<String, String>of(),
                    bearer("not-a-key"), bearer(admin))) {
                for (int i = 0; i < 3; i++) {
                    HttpResponse<String> answer = RawHttp.get(base + "/v1/check-api-key", headers);
                    assertEquals(401, answer.statusCode(), answer.body());
                    assertNull(RawHttp.header(answer, "ratelimit-limit"), headers.toString());
                }
            }

            // The reference needs no key and is never counted, even when a key is sent.
            for (String page : new String[] {"/v1/openapi.json", "/v1/docs"}) {
                HttpResponse<String> answer = RawHttp.get(base + page, bearer(second));
                assertEquals(200, answer.statusCode(), page);
                assertNull(RawHttp.header(answer, "ratelimit-remaining"), page);
            }
            // Error answers to a counted key carry the headers too.
            HttpResponse<String> pending = RawHttp.get(base + "/v1/ats/jobs",
                    Map.of("Authorization", "Bearer " + second, "X-Integration-Id", "sagehr:nothing"));
            assertEquals(404, pending.statusCode(), pending.body());
            assertEquals("0", RawHttp.header(pending, "ratelimit-remaining"));
            assertEquals(429, RawHttp.get(base + "/v1/check-api-key", bearer(second)).statusCode());
        }
    }

    @Test
    void theDefaultIs1200PerMinuteAndZeroTurnsTheLimitOff() {
        try (Limited unlimited = new Limited(folder, ApiRateLimit.OFF)) {
            String key = unlimited.key;
            HttpResponse<String> byDefault = RawHttp.get(unlimited.atrium.apiBase() + "/v1/check-api-key", bearer(key));
            assertEquals(200, byDefault.statusCode());
            assertEquals("1200", RawHttp.header(byDefault, "ratelimit-limit"));
            assertEquals("1199", RawHttp.header(byDefault, "ratelimit-remaining"));
            assertResetWithinWindow(byDefault, 60);

            HttpResponse<String> off = RawHttp.get(unlimited.base() + "/v1/check-api-key", bearer(key));
            assertEquals(200, off.statusCode());
            assertNull(RawHttp.header(off, "ratelimit-limit"));
            assertNull(RawHttp.header(off, "ratelimit-remaining"));
        }
    }

    /**
     * A whole Atrium (whose own server has the default limit), a second API server with the given limit, and
     * an environment with an API key.
     */
    private static final class Limited implements AutoCloseable {

        final AtriumUnderTest atrium;
        final ApiServer server;
        final String environmentId;
        final String key;

        Limited(Path folder, ApiRateLimit limit) {
            atrium = new AtriumUnderTest(folder, SandboxOptions.defaults());
            server = ApiServer.start(atrium.vertx, atrium.engine, "127.0.0.1", 0, limit);
            String[] environment = atrium.environmentWithKey("production");
            environmentId = environment[0];
            key = environment[1];
        }

        String base() {
            return "http://127.0.0.1:" + server.port();
        }

        @Override
        public void close() {
            server.close();
            atrium.close();
        }
    }

    private static int assertResetWithinWindow(HttpResponse<String> answer, int windowSeconds) {
        int reset = Integer.parseInt(RawHttp.header(answer, "ratelimit-reset"));
        assertTrue(reset >= 1 && reset <= windowSeconds, "ratelimit-reset " + reset);
        return reset;
    }

    private static Map<String, String> bearer(String key) {
        return Map.of("Authorization", "Bearer " + key);
    }
}
