package dev.atrium.server.api.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-key fixed window, on a clock the test moves by hand. */
class FixedWindowLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    /** Starts far from zero: nanoTime may be any value, negative included. */
    private final AtomicLong clock = new AtomicLong(-5_000 * SECOND);

    private FixedWindowLimiter limiter(int requests, int seconds, int maxKeys) {
        return new FixedWindowLimiter(new ApiRateLimit(requests, seconds), maxKeys, clock::get);
    }

    @Test
    void allowsTheLimitPerWindowThenRefusesUntilTheWindowEnds() {
        FixedWindowLimiter limiter = limiter(3, 60, 100);
        for (int remaining = 2; remaining >= 0; remaining--) {
            FixedWindowLimiter.Decision decision = limiter.take("key-a");
            assertTrue(decision.allowed());
            assertEquals(3, decision.limit());
            assertEquals(remaining, decision.remaining());
            assertEquals(60, decision.resetSeconds());
            clock.addAndGet(SECOND / 10);
        }
        clock.addAndGet(20 * SECOND);
        FixedWindowLimiter.Decision refused = limiter.take("key-a");
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertEquals(40, refused.resetSeconds(), "60 s window, 20.3 s gone: 39.7 s left, rounded up");
        assertTrue(refused.firstRefusal());
        assertFalse(limiter.take("key-a").firstRefusal(), "one log event per window, not one per refusal");

        clock.addAndGet(39 * SECOND + 6 * SECOND / 10);
        FixedWindowLimiter.Decision last = limiter.take("key-a");
        assertFalse(last.allowed(), "0.1 s before the end the window still holds");
        assertEquals(1, last.resetSeconds(), "a fraction of a second left is announced as 1 s, never 0");

        clock.addAndGet(SECOND / 10);
        FixedWindowLimiter.Decision fresh = limiter.take("key-a");
        assertTrue(fresh.allowed(), "a new window starts once the old one ended");
        assertEquals(2, fresh.remaining());
        assertEquals(60, fresh.resetSeconds());
    }

    @Test
    void countsEachKeyOnItsOwn() {
        FixedWindowLimiter limiter = limiter(1, 10, 100);
        assertTrue(limiter.take("key-a").allowed());
        assertFalse(limiter.take("key-a").allowed());
        clock.addAndGet(4 * SECOND);
        FixedWindowLimiter.Decision other = limiter.take("key-b");
        assertTrue(other.allowed(), "another key's use does not count");
        assertEquals(10, other.resetSeconds(), "each key's window starts at its own first request");
        assertEquals(6, limiter.take("key-a").resetSeconds());
    }

    @Test
    void remembersABoundedNumberOfKeys() {
        FixedWindowLimiter limiter = limiter(1, 60, 3);
        for (int i = 0; i < 1_000; i++) {
            limiter.take("key-" + i);
            assertTrue(limiter.size() <= 3, "size " + limiter.size());
        }
        // The most recently seen keys are the ones kept, with their counts.
        assertFalse(limiter.take("key-999").allowed());
        assertTrue(limiter.take("key-0").allowed(), "a forgotten key starts a fresh window");
    }

    @Test
    void anOffLimitHasNoLimiter() {
        assertThrows(IllegalArgumentException.class, () -> limiter(0, 60, 10));
    }
}
