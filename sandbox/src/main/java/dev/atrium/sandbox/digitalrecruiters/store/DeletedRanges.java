package dev.atrium.sandbox.digitalrecruiters.store;

import java.util.Map;
import java.util.TreeMap;

/**
 * Generated application indexes that were deleted, kept as disjoint sorted ranges: one per deleted job ad's block
 * and one per lone deletion, merged when they touch. Paging skips them without scanning the live indexes, so a
 * page deep into a million applications costs the number of ranges, not the offset.
 * Not thread-safe: the store guards it.
 */
final class DeletedRanges {

    /** Range start to exclusive end. */
    private final TreeMap<Integer, Integer> ranges = new TreeMap<>();
    private long deleted;

    boolean contains(int index) {
        Map.Entry<Integer, Integer> r = ranges.floorEntry(index);
        return r != null && index < r.getValue();
    }

    /** Deletes {@code [from, to)}; answers how many of those were live. */
    int delete(int from, int to) {
        int start = from;
        int end = to;
        int before = overlap(from, to);
        Map.Entry<Integer, Integer> left = ranges.floorEntry(from);
        if (left != null && left.getValue() >= from) {
            start = left.getKey();
            end = Math.max(end, left.getValue());
        }
        while (true) {
            Map.Entry<Integer, Integer> next = ranges.ceilingEntry(start);
            if (next == null || next.getKey() > end) {
                break;
            }
            end = Math.max(end, next.getValue());
            ranges.remove(next.getKey());
        }
        ranges.put(start, end);
        int removed = (to - from) - before;
        deleted += removed;
        return removed;
    }

    /** Live indexes in {@code [from, to)}. */
    int liveCount(int from, int to) {
        return (to - from) - overlap(from, to);
    }

    /** The {@code k}-th (0-based) live index at or after {@code from}, unbounded above. */
    long kthLive(int from, long k) {
        long index = from + k;
        Map.Entry<Integer, Integer> covering = ranges.floorEntry(from);
        if (covering != null && covering.getValue() > from) {
            index += covering.getValue() - from;
        }
        for (Map.Entry<Integer, Integer> r : ranges.tailMap(from, false).entrySet()) {
            if (r.getKey() > index) {
                break;
            }
            index += r.getValue() - r.getKey();
        }
        return index;
    }

    long deletedCount() {
        return deleted;
    }

    private int overlap(int from, int to) {
        int sum = 0;
        Map.Entry<Integer, Integer> left = ranges.floorEntry(from);
        if (left != null && left.getValue() > from) {
            sum += Math.min(left.getValue(), to) - from;
        }
        for (Map.Entry<Integer, Integer> r : ranges.subMap(from, false, to, false).entrySet()) {
            sum += Math.min(r.getValue(), to) - r.getKey();
        }
        return sum;
    }
}
