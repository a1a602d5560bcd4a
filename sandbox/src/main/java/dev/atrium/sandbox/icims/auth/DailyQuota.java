package dev.atrium.sandbox.icims.auth;

/**
 * The tenant's daily call quota (fact sheet A5): every call counts, and the count starts again at 00:00 UTC.
 * Limit and clock are passed on each call, so new settings apply at once and tests may move the clock.
 */
public final class DailyQuota {

    private static final long DAY = 86_400;

    /** One counted call: how many remain today (negative when refused) and the seconds to the next reset. */
    public record Use(long remaining, long resetSeconds) {

        public boolean allowed() {
            return remaining >= 0;
        }
    }

    private long day = Long.MIN_VALUE;
    private long used;
    private long refused;

    /** Counts a call at {@code epochSecond}; a {@code limit} of 0 means unlimited. */
    public synchronized Use acquire(int limit, long epochSecond) {
        long today = Math.floorDiv(epochSecond, DAY);
        if (today != day) {
            day = today;
            used = 0;
        }
        long reset = DAY - Math.floorMod(epochSecond, DAY);
        if (limit > 0 && used >= limit) {
            refused++;
            return new Use(-1, reset);
        }
        used++;
        return new Use(limit > 0 ? limit - used : Integer.MAX_VALUE, reset);
    }

    /** Calls refused since the start or the last clear. */
    public synchronized long refused() {
        return refused;
    }

    /** Back to no calls today. */
    public synchronized void clear() {
        used = 0;
        refused = 0;
    }
}
