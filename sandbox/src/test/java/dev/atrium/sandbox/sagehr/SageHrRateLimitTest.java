package dev.atrium.sandbox.sagehr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SandboxOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A per-window request limit answered with 429 and Retry-After, then recovery. */
class SageHrRateLimitTest {

    @RegisterExtension
    static final RunningSandbox RUNNING = RunningSandbox.keepingState(
            SandboxOptions.defaults().withSagehr(SageHrSettings.defaults().withRateLimit(3, 2)));

    @Test
    void requestsAboveTheLimitGet429UntilTheWindowResets() throws InterruptedException {
        RUNNING.sandbox().sagehr().rateLimiter().reset();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, RUNNING.client().get("/employees").status());
        }
        SageHrClient.Reply limited = RUNNING.client().get("/recruitment/positions");
        assertEquals(429, limited.status());
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
        assertTrue(limited.json().get("error_code").isTextual());
        assertTrue(limited.json().get("errors").isArray());
        assertEquals(200, RUNNING.client().control("GET", "/state", null).status(), "the control API is never limited");

        Thread.sleep(retryAfter * 1000 + 100);
        assertEquals(200, RUNNING.client().get("/recruitment/positions").status());
    }

    @Test
    void theLimitCanBeChangedAtRuntime() {
        try {
            RUNNING.client().control("PUT", "/settings", "{\"rate_limit_per_window\": 0}");
            for (int i = 0; i < 10; i++) {
                assertEquals(200, RUNNING.client().get("/teams").status());
            }
            RUNNING.client().control("PUT", "/settings", "{\"rate_limit_per_window\": 1, \"rate_limit_window_seconds\": 60}");
            assertEquals(200, RUNNING.client().get("/teams").status());
            SageHrClient.Reply limited = RUNNING.client().get("/teams");
            assertEquals(429, limited.status());
            long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter > 2 && retryAfter <= 60, "Retry-After " + retryAfter);
        } finally {
            RUNNING.sandbox().sagehr().reset();
        }
    }
}
