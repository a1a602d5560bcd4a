package dev.atrium.server.api.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Counts requests per key in fixed windows, each key's window starting at its first request after the last
 * one ended (so keys do not all reset at the same instant). A fixed window keeps the answer headers exact:
 * {@code remaining} is how many more requests will pass and {@code reset} is when the count restarts, which a
 * sliding estimate could only approximate; the price, up to twice the limit across a window boundary, is
 * acceptable for a per-key guard. Memory is bounded: past {@code maxKeys} the least recently seen key is
 * forgotten (it starts a fresh window if it comes back). Thread-safe; every call is short and never waits on
 * anything but this object.
 */
final class FixedWindowLimiter {

    /**
     * The verdict on one request.
     *
     * @param resetSeconds  whole seconds until the key's window ends, at least 1
     * @param firstRefusal  whether this is the first request of the window to be refused (worth one log event)
     */
    record Decision(boolean allowed, int limit, int remaining, long resetSeconds, boolean firstRefusal) {
    }

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final int limit;
    private final long windowNanos;
    private final LongSupplier nanoClock;
    private final Map<String, Window> windows;

    /** @param nanoClock a monotonic clock in nanoseconds, such as {@code System::nanoTime} */
    FixedWindowLimiter(ApiRateLimit rateLimit, int maxKeys, LongSupplier nanoClock) {
        if (!rateLimit.enabled()) {
            throw new IllegalArgumentException("a limiter needs a limit; an off limit counts nothing");
        }
        this.limit = rateLimit.requests();
        this.windowNanos = rateLimit.seconds() * NANOS_PER_SECOND;
        this.nanoClock = nanoClock;
        this.windows = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Counts one request of {@code key}, unless the key already used up its window. */
    synchronized Decision take(String key) {
        long now = nanoClock.getAsLong();
        Window window = windows.get(key);
        if (window == null || now - window.start >= windowNanos) {
            window = new Window(now);
            windows.put(key, window);
        }
        long left = window.start + windowNanos - now;
        long resetSeconds = Math.max(1, (left + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
        if (window.count < limit) {
            window.count++;
            return new Decision(true, limit, limit - window.count, resetSeconds, false);
        }
        boolean first = !window.refused;
        window.refused = true;
        return new Decision(false, limit, 0, resetSeconds, first);
    }

    /** How many keys are remembered. */
    synchronized int size() {
        return windows.size();
    }

    /** One key's current window. */
    private static final class Window {

        final long start;
        int count;
        boolean refused;

        Window(long start) {
            this.start = start;
        }
    }
}
