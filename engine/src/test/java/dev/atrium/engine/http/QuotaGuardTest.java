package dev.atrium.engine.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.atrium.engine.mapping.RateLimit;
import io.vertx.core.MultiMap;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The quota guard keeps the tool's latest count even when answers to concurrent requests arrive out of order. */
class QuotaGuardTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final QuotaGuard guard = new QuotaGuard(new RateLimit.QuotaHeaders("x-remaining", "x-reset", false), 2,
            now::get);

    private void answer(int remaining, int resetSeconds) {
        guard.observe(new RemoteResponse(200, MultiMap.caseInsensitiveMultiMap()
                .add("x-remaining", Integer.toString(remaining)).add("x-reset", Integer.toString(resetSeconds)),
                new byte[0]));
    }

    @Test
    void answersArrivingOutOfOrderKeepTheLowestCountOfTheWindow() {
        answer(1, 60);
        now.addAndGet(5);
        answer(3, 60); // sent earlier, answered later
        assertEquals(Duration.ofMillis(60_000), guard.waitBeforeNext(Duration.ofMinutes(5)));
    }

    @Test
    void aLaterWindowReplacesTheCount() {
        answer(1, 2);
        now.addAndGet(2_500); // the window has reset
        answer(50, 60);
        assertEquals(Duration.ZERO, guard.waitBeforeNext(Duration.ofMinutes(5)));
    }
}
