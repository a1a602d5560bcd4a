package dev.atrium.server.api.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The --api-rate-limit / ATRIUM_API_RATE_LIMIT setting as operators write it. */
class ApiRateLimitTest {

    @Test
    void readsRequestsPerSeconds() {
        assertEquals(new ApiRateLimit(1200, 60), ApiRateLimit.parse("1200/60"));
        assertEquals(new ApiRateLimit(5, 1), ApiRateLimit.parse(" 5 / 1 "));
        assertEquals("1200/60", ApiRateLimit.DEFAULT.toString());
        assertTrue(ApiRateLimit.DEFAULT.enabled());
    }

    @Test
    void zeroTurnsTheLimitOff() {
        assertFalse(ApiRateLimit.parse("0").enabled());
        assertFalse(ApiRateLimit.parse("0/60").enabled());
        assertEquals("off", ApiRateLimit.parse("0").toString());
    }

    @Test
    void refusesAnythingElseNamingTheSettingAndTheValue() {
        for (String bad : new String[] {"", "fast", "1200", "1200/0", "-1/60", "10/100000", "1.5/60", "10/60/2",
                "99999999999/60"}) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> ApiRateLimit.parse(bad), bad);
            assertTrue(error.getMessage().contains("--api-rate-limit")
                    && error.getMessage().contains("ATRIUM_API_RATE_LIMIT")
                    && error.getMessage().contains("got '" + bad.trim() + "'"), error.getMessage());
        }
    }
}
