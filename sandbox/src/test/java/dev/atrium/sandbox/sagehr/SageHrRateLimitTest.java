package dev.atrium.sandbox.sagehr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SandboxOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A per-window request limit answered with 429 and Retry-After, then recovery. */
class SageHrRateLimitTest {

    private static Sandbox sandbox;
    private static SageHrClient client;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.defaults().withSagehr(SageHrSettings.defaults().withRateLimit(3, 2)));
        client = new SageHrClient(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void requestsAboveTheLimitGet429UntilTheWindowResets() throws InterruptedException {
        sandbox.sagehr().rateLimiter().reset();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, client.get("/employees").status());
        }
        SageHrClient.Reply limited = client.get("/recruitment/positions");
        assertEquals(429, limited.status());
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
        assertTrue(limited.json().get("error_code").isTextual());
        assertTrue(limited.json().get("errors").isArray());
        assertEquals(200, client.control("GET", "/state", null).status(), "the control API is never limited");

        Thread.sleep(retryAfter * 1000 + 100);
        assertEquals(200, client.get("/recruitment/positions").status());
    }

    @Test
    void theLimitCanBeChangedAtRuntime() {
        try {
            client.control("PUT", "/settings", "{\"rate_limit_per_window\": 0}");
            for (int i = 0; i < 10; i++) {
                assertEquals(200, client.get("/teams").status());
            }
            client.control("PUT", "/settings", "{\"rate_limit_per_window\": 1, \"rate_limit_window_seconds\": 60}");
            assertEquals(200, client.get("/teams").status());
            SageHrClient.Reply limited = client.get("/teams");
            assertEquals(429, limited.status());
            long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter > 2 && retryAfter <= 60, "Retry-After " + retryAfter);
        } finally {
            sandbox.sagehr().reset();
        }
    }
}
