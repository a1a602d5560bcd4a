package dev.atrium.sandbox.icims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.SimulatorClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The daily quota: once spent, calls get the quota status with remaining 0 until the day turns. */
class IcimsQuotaTest {

    @RegisterExtension
    static final RunningIcims RUNNING = RunningIcims.keepingState(
            SandboxOptions.defaults().withIcims(IcimsSettings.defaults().withDailyQuota(3)));

    @Test
    void theFourthCallOfTheDayIsRefused() {
        IcimsClient client = RUNNING.client();
        for (int i = 0; i < 3; i++) {
            Reply r = client.get("/jobs/1001");
            assertEquals(200, r.status());
            assertEquals(String.valueOf(2 - i), r.headers().firstValue("x-ratelimit-remaining").orElseThrow());
        }
        Reply refused = client.get("/jobs/1001");
        assertEquals(429, refused.status());
        assertEquals("0", refused.headers().firstValue("x-ratelimit-remaining").orElseThrow());
        assertEquals("3", refused.headers().firstValue("x-ratelimit-limit").orElseThrow());
        assertEquals(1, refused.json().get("errors").size());
        assertEquals(200, client.control("GET", "/state", null).status(), "the control API is never limited");
        assertEquals(1, client.control("GET", "/state", null).json().get("quota_refusals").asInt());

        client.control("PUT", "/settings", "{\"daily_quota\": 0}");
        assertEquals(200, client.get("/jobs/1001").status(), "0 means unlimited");
    }
}
