package dev.atrium.sandbox.phenom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.SimulatorClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A per-window request budget answered with 429, Retry-After and the {status, message} body, then recovery. */
class PhenomRateLimitTest {

    @RegisterExtension
    static final RunningPhenom RUNNING = RunningPhenom.keepingState(
            SandboxOptions.defaults().withPhenom(PhenomSettings.defaults().withRateLimit(3, 2)));

    @Test
    void requestsAboveTheBudgetGet429UntilTheWindowResets() throws InterruptedException {
        RUNNING.client().login();
        RUNNING.sandbox().phenom().rateLimiter().reset();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, RUNNING.client().get("/jobs-api/v1/jobs").status());
        }
        Reply limited = RUNNING.client().get("/apply/v2/applications");
        assertEquals(429, limited.status());
        assertEquals(429, limited.json().get("status").asInt());
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
        assertEquals(200, RUNNING.client().control("GET", "/state", null).status(), "the control API is never limited");
        assertTrue(RUNNING.client().control("GET", "/state", null).json().get("rate_limited_requests").asLong() >= 1);

        Thread.sleep(retryAfter * 1000 + 100);
        assertEquals(200, RUNNING.client().get("/apply/v2/applications").status());
    }
}
