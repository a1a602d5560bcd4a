package dev.atrium.sandbox.sagehr.http;

/**
 * A fixed-window request counter. Sage HR publishes no limit, so the limit and the window are
 * settings; the window opens with the first request after the previous one closed.
 */
public final class RateLimiter {

    private long windowStartNanos;
    private boolean windowOpen;
    private int used;
    private long rejected;

    /**
     * Counts one request.
     *
     * @return 0 when allowed, otherwise the whole seconds until the window resets (at least 1)
     */
    public synchronized long acquire(int limit, int windowSeconds, long nowNanos) {
        if (limit <= 0) {
            return 0;
        }
        long windowNanos = windowSeconds * 1_000_000_000L;
        if (!windowOpen || nowNanos - windowStartNanos >= windowNanos) {
            windowOpen = true;
            windowStartNanos = nowNanos;
            used = 0;
        }
        if (used < limit) {
            used++;
            return 0;
        }
        rejected++;
        long remaining = windowStartNanos + windowNanos - nowNanos;
        return Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L);
    }

    /** How many requests were refused since the simulator started or was reset; tests check the limit bit. */
    public synchronized long rejected() {
        return rejected;
    }

    /** Back to no requests seen, as after a start. */
    public synchronized void clear() {
        reset();
        rejected = 0;
    }

    /** Forgets the current window, e.g. after the limit settings changed. */
    public synchronized void reset() {
        windowOpen = false;
        used = 0;
    }
}
