package dev.atrium.sandbox.support.store;

import dev.atrium.sandbox.support.SeededSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Picks the records one mutation batch touches, from a seeded sequence, so the same calls on the same seed
 * touch the same records. Parents (positions, jobs) are few and drawn from a list; generated children
 * (applicants, candidates) may number millions and are found by probing their key range.
 */
public final class MutationTargets {

    private static final int PROBES = 64;

    private final SeededSequence rng;

    public MutationTargets(SeededSequence rng) {
        this.rng = rng;
    }

    /** Up to {@code count} distinct items of {@code eligible}, drawn without replacement. */
    public <T> List<T> fromList(List<T> eligible, int count) {
        List<T> left = new ArrayList<>(eligible);
        List<T> picked = new ArrayList<>();
        while (picked.size() < count && !left.isEmpty()) {
            picked.add(left.remove(rng.nextInt(left.size())));
        }
        return picked;
    }

    /**
     * Up to {@code count} live keys of {@code [first, first + size)} that are not in {@code taken}; each pick joins
     * {@code taken}. Random probes first; a sweep from a random point when probes keep missing, so that even a
     * range with few live keys left is served without scanning it for every pick.
     */
    public List<Long> fromRange(long first, long size, int count, LongPredicate live, Set<Long> taken) {
        List<Long> picked = new ArrayList<>();
        while (picked.size() < count && size > 0) {
            Long found = null;
            for (int probe = 0; probe < PROBES && found == null; probe++) {
                long key = first + rng.nextLong(size);
                if (!taken.contains(key) && live.test(key)) {
                    found = key;
                }
            }
            if (found == null) {
                long start = rng.nextLong(size);
                for (long k = 0; k < size && found == null; k++) {
                    long key = first + (start + k) % size;
                    if (!taken.contains(key) && live.test(key)) {
                        found = key;
                    }
                }
            }
            if (found == null) {
                break;
            }
            taken.add(found);
            picked.add(found);
        }
        return picked;
    }
}
