package dev.atrium.sandbox.support.http;

import java.util.HashMap;
import java.util.Map;

/**
 * Fixed-window request counters, one per key (an API token, a subscription key). A key's window opens with
 * its first request after the previous window closed. Limit and window are passed on each call, so new
 * settings apply at once.
 */
public final class FixedWindowRateLimiter {

    private static final class Window {
        long startNanos;
        int used;
    }

    private final Map<String, Window> windows = new HashMap<>();
    private long rejected;

    /**
     * Counts one request for {@code key}; a {@code limit} of 0 or less means unlimited.
     *
     * @return 0 when allowed, otherwise the whole seconds until the key's window resets (at least 1)
     */
    public synchronized long acquire(String key, int limit, int windowSeconds, long nowNanos) {
        if (limit <= 0) {
            return 0;
        }
        long windowNanos = windowSeconds * 1_000_000_000L;
        Window w = windows.get(key);
        if (w == null || nowNanos - w.startNanos >= windowNanos) {
            w = new Window();
            w.startNanos = nowNanos;
            windows.put(key, w);
        }
        if (w.used < limit) {
            w.used++;
            return 0;
        }
        rejected++;
        long remaining = w.startNanos + windowNanos - nowNanos;
        return Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L);
    }

    /** Requests refused since the simulator started or was reset; tests check that the limit bit. */
    public synchronized long rejected() {
        return rejected;
    }

    /** Forgets the current windows, e.g. after the limit settings changed. */
    public synchronized void reset() {
        windows.clear();
    }

    /** Back to no requests seen, as after a start. */
    public synchronized void clear() {
        windows.clear();
        rejected = 0;
    }
}
