package dev.atrium.sandbox.paycor.http;

import java.util.HashMap;
import java.util.Map;

/**
 * Fixed-window call counters, one per APIM subscription key, counted across every endpoint (fact sheet B5).
 * A key's window opens with its first call after the previous window closed.
 */
public final class SubscriptionRateLimiter {

    private static final class Window {
        long startNanos;
        int used;
    }

    private final Map<String, Window> windows = new HashMap<>();
    private long rejected;

    /**
     * Counts one call for {@code key}.
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

    /** Calls refused since the simulator started or was reset. */
    public synchronized long rejected() {
        return rejected;
    }

    /** Forgets the current windows, e.g. after the limit settings changed. */
    public synchronized void reset() {
        windows.clear();
    }

    /** Back to no calls seen, as after a start. */
    public synchronized void clear() {
        windows.clear();
        rejected = 0;
    }
}
