package dev.atrium.sandbox.support.store;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Sorted child indexes per parent, such as the generated applicants of each position that were deleted one
 * by one. Not thread-safe: the store that holds it guards it.
 */
public final class IndexesByParent {

    private final Map<Integer, TreeSet<Integer>> byParent = new HashMap<>();

    public void add(int parent, int index) {
        byParent.computeIfAbsent(parent, p -> new TreeSet<>()).add(index);
    }

    /** One parent's indexes, ascending; an empty set when it has none. */
    public NavigableSet<Integer> of(int parent) {
        NavigableSet<Integer> set = byParent.get(parent);
        return set == null ? Collections.emptyNavigableSet() : set;
    }
}
