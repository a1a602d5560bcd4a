package dev.atrium.sandbox.support.generate;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Which generated child records belong to which parent (applicants to positions, candidates to jobs). Each
 * parent owns one contiguous block of child indexes, so any page of one parent's children is computed from
 * its block, and the parent of any child is found by a binary search, without generating the others.
 */
public final class BlockLayout {

    private final long[] starts;

    private BlockLayout(long[] starts) {
        this.starts = starts;
    }

    /**
     * Spreads {@code total} children over the parents in proportion to their weights, by largest remainder.
     * A parent of weight 0 gets none, unless every weight is 0: then all share evenly.
     */
    public static BlockLayout apportion(long[] weights, int total) {
        int n = weights.length;
        long[] w = weights.clone();
        long sum = Arrays.stream(w).sum();
        if (sum == 0 && total > 0) {
            Arrays.fill(w, 1);
            sum = n;
        }
        int[] sizes = new int[n];
        double[] remainders = new double[n];
        long assigned = 0;
        for (int p = 0; p < n; p++) {
            double exact = sum == 0 ? 0 : (double) total * w[p] / sum;
            sizes[p] = (int) Math.floor(exact);
            remainders[p] = exact - sizes[p];
            assigned += sizes[p];
        }
        // Largest remainder first; ties keep parent order, so the result is stable.
        Integer[] order = new Integer[n];
        for (int p = 0; p < n; p++) {
            order[p] = p;
        }
        Arrays.sort(order, (a, b) -> Double.compare(remainders[b], remainders[a]));
        for (int k = 0; assigned < total; k = (k + 1) % n) {
            if (w[order[k]] > 0) {
                sizes[order[k]]++;
                assigned++;
            }
        }
        long[] starts = new long[n + 1];
        for (int p = 0; p < n; p++) {
            starts[p + 1] = starts[p] + sizes[p];
        }
        return new BlockLayout(starts);
    }

    /** How many children there are in all. */
    public int total() {
        return (int) starts[starts.length - 1];
    }

    /** First child index of a parent's block. */
    public int start(int parent) {
        return (int) starts[parent];
    }

    public int size(int parent) {
        return (int) (starts[parent + 1] - starts[parent]);
    }

    /** Exclusive end of a parent's block. */
    public int end(int parent) {
        return (int) starts[parent + 1];
    }

    /**
     * When child {@code index} arrives, given that a parent's children arrive in index order between {@code open}
     * and {@code close}: its slot in the block plus {@code jitter} (in [0, 1)), as a share of the window. A later
     * index never arrives earlier, so a time window maps back to an index range by binary search.
     */
    public Instant arrival(int parent, int index, double jitter, Instant open, Instant close) {
        int k = index - start(parent);
        double fraction = (k + jitter) / size(parent);
        return open.plusSeconds((long) (fraction * Duration.between(open, close).getSeconds()));
    }

    /** The parent owning a child index (0 <= index < total). */
    public int ownerOf(int index) {
        int lo = 0;
        int hi = starts.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
