package dev.atrium.engine.sync;

/**
 * Where a sync's time went, summed over its threads (so with fan-out the sum can exceed the wall clock):
 * fetching (HTTP and JSON parsing), transforming (selectors, transforms, validation) and storing.
 *
 * @param records unified records transformed and stored
 */
public record PhaseTimes(long fetchNanos, long transformNanos, long storeNanos, long rawRecords, long records) {
}
