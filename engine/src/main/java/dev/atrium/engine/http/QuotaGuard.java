package dev.atrium.engine.http;

import dev.atrium.engine.mapping.RateLimit;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Follows a quota the tool reports in its response headers (e.g. a daily quota in
 * {@code x-ratelimit-remaining} and {@code x-ratelimit-reset}) and stops before it is used up: it waits for the
 * reset when that is near, else fails the sync rather than exhaust what the customer's other tools need.
 */
public final class QuotaGuard {

    /** How far apart two answers' reset times may be and still name the same quota window. */
    private static final long SAME_WINDOW_MILLIS = 1_000;

    private final RateLimit.QuotaHeaders headers;
    private final int reserve;
    private final LongSupplier clock;
    private long remaining = Long.MAX_VALUE;
    private long resetAt;

    /** Whether this guard reads exactly these headers with this reserve (a changed mapping gets a new one). */
    public boolean matches(RateLimit.QuotaHeaders otherHeaders, int otherReserve) {
        return headers.equals(otherHeaders) && reserve == otherReserve;
    }

    public QuotaGuard(RateLimit.QuotaHeaders headers, int reserve, LongSupplier clock) {
        this.headers = headers;
        this.reserve = reserve;
        this.clock = clock;
    }

    /** Reads the quota headers of a response, when it has them. */
    public synchronized void observe(RemoteResponse response) {
        String left = response.header(headers.remaining());
        String reset = response.header(headers.reset());
        if (left == null || reset == null) {
            return;
        }
        try {
            long resetValue = Long.parseLong(reset.trim());
            long count = Long.parseLong(left.trim());
            long now = clock.getAsLong();
            long windowEnd = headers.resetIsEpoch() ? resetValue * 1000 : now + resetValue * 1000;
            // Answers to concurrent requests arrive in any order: within one window the lowest count is the
            // latest. A reset clearly later than the known one (relative resets wander by under a second)
            // starts a new window, whose count replaces the old.
            boolean sameWindow = now < resetAt && windowEnd < resetAt + SAME_WINDOW_MILLIS;
            remaining = sameWindow ? Math.min(remaining, count) : count;
            resetAt = sameWindow ? Math.max(resetAt, windowEnd) : windowEnd;
        } catch (NumberFormatException e) {
            // A tool that sends something else than numbers leaves the last known quota in place.
        }
    }

    /**
     * How long to wait before the next request (zero when the quota allows it), or a RATE_LIMITED failure when
     * the reset is further away than {@code maxWait}.
     */
    public synchronized Duration waitBeforeNext(Duration maxWait) {
        long now = clock.getAsLong();
        if (remaining > reserve || now >= resetAt) {
            return Duration.ZERO;
        }
        Duration wait = Duration.ofMillis(resetAt - now);
        if (wait.compareTo(maxWait) > 0) {
            throw new RemoteException(RemoteException.Kind.RATE_LIMITED, 0, "the tool's quota is nearly used ("
                    + remaining + " requests left, " + reserve + " kept in reserve); it resets in "
                    + wait.toMinutes() + " min, so the sync stops here and nothing is deleted");
        }
        return wait;
    }
}
