package dev.atrium.sandbox.paycor.generate;

import java.time.Instant;

/** Fixed points in time of the generated tenant, so that data never depends on the wall clock. */
public final class DataTimeline {

    /**
     * Where the write clock starts: writes are dated by the wall clock, and never before this. It lies on a
     * later calendar day than every generated record, so a date-only filter from that day finds only writes.
     */
    public static final Instant CLOCK_START = Instant.parse("2025-06-02T09:00:00Z");
    /** No generated timestamp is newer than this. */
    public static final Instant NEWEST = Instant.parse("2025-06-01T23:59:59Z");
    /** How far back the oldest job goes. */
    static final int HISTORY_DAYS = 900;

    private DataTimeline() {
    }
}
