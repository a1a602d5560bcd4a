package dev.atrium.sandbox.icims.generate;

import java.time.Instant;

/** Fixed points in time of the generated tenant, so that data never depends on the wall clock. */
public final class IcimsTimeline {

    /** Where the write clock starts; on a later day than every generated record, so a date filter finds only writes. */
    public static final Instant CLOCK_START = Instant.parse("2025-06-02T09:00:00Z");
    /** No generated timestamp is newer than this. */
    public static final Instant NEWEST = Instant.parse("2025-06-01T23:59:00Z");
    /** How far back the oldest job goes. */
    static final int HISTORY_DAYS = 720;

    private IcimsTimeline() {
    }
}
