package dev.atrium.sandbox.paycor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atrium.sandbox.SandboxOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Calls per subscription key and window, across every endpoint; 429 with Retry-After, then recovery. */
class PaycorRateLimitTest {

    @RegisterExtension
    static final RunningPaycor RUNNING = RunningPaycor.keepingState(
            SandboxOptions.defaults().withPaycor(PaycorSettings.defaults().withRateLimit(4, 2)));

    @Test
    void callsAboveTheLimitGet429UntilTheWindowResets() throws InterruptedException {
        PaycorClient client = RUNNING.client();
        RUNNING.paycor().rateLimiter().reset();
        long refusedBefore = RUNNING.paycor().state().rateLimitedRequests();
        client.login(); // the token call counts too
        for (int i = 0; i < 3; i++) {
            assertEquals(200, client.get(client.ats() + "/jobs").status());
        }
        PaycorClient.Reply limited = client.get(client.ats() + "/jobs");
        assertEquals(429, limited.status());
        assertEquals("Rate limit is exceeded. Try again in " + limited.headers().firstValue("Retry-After").orElseThrow()
                + " seconds.", limited.json().get("message").asText());
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
        assertEquals(429, client.refresh("0".repeat(64)).status(), "the token endpoint is limited as well");
        assertEquals(200, client.control("GET", "/state", null).status(), "the control API is never limited");
        assertEquals(refusedBefore + 2, RUNNING.paycor().state().rateLimitedRequests());

        Thread.sleep(retryAfter * 1000 + 150);
        assertEquals(200, client.get(client.ats() + "/jobs").status());
    }

    @Test
    void theLimitAndTheBodyCanBeChangedAtRuntime() {
        PaycorClient client = RUNNING.client();
        try {
            client.control("PUT", "/settings", "{\"rate_limit_per_window\": 0}");
            for (int i = 0; i < 10; i++) {
                assertEquals(200, client.get(client.ats() + "/jobs").status());
            }
            client.control("PUT", "/settings", "{\"rate_limit_per_window\": 1, \"rate_limit_window_seconds\": 60,"
                    + " \"rate_limit_status_code_in_body\": true, \"retry_after_header\": false}");
            assertEquals(200, client.get(client.ats() + "/jobs").status());
            PaycorClient.Reply limited = client.get(client.ats() + "/jobs");
            assertEquals(429, limited.status());
            assertEquals(429, limited.json().get("statusCode").asInt());
            assertTrue(limited.headers().firstValue("Retry-After").isEmpty());
        } finally {
            RUNNING.paycor().reset();
        }
    }
}
