package dev.atrium.sandbox.support.store;

import java.util.NavigableSet;

/** Paging over a range of generated indexes from which some were deleted one by one. */
public final class DeletedIndexes {

    private DeletedIndexes() {
    }

    /**
     * The index of the {@code offset}-th live record counting from {@code start}: {@code start + offset} pushed past
     * every deleted index at or before it. {@code deleted} is ascending and holds no index below {@code start}.
     */
    public static long liveAt(NavigableSet<Integer> deleted, long start, long offset) {
        long index = start + offset;
        for (int d : deleted) {
            if (d <= index) {
                index++;
            } else {
                break;
            }
        }
        return index;
    }
}
