package dev.atrium.sandbox.sagehr.generate;

import dev.atrium.sandbox.sagehr.model.PositionStatus;
import dev.atrium.sandbox.sagehr.model.RecruitmentPosition;
import dev.atrium.sandbox.support.SeededHash;
import java.util.Arrays;
import java.util.List;

/**
 * Which generated applicants belong to which position. Each position owns one contiguous block of
 * applicant indexes, so a page of one position's applicants is computed directly from its block.
 */
public final class ApplicantLayout {

    private static final int EMPTY = 301;
    private static final int WEIGHT = 302;

    private final long[] starts;
    private final int[] sizes;

    private ApplicantLayout(long[] starts, int[] sizes) {
        this.starts = starts;
        this.sizes = sizes;
    }

    /** Spreads {@code total} applicants over the positions by seeded weights; drafts and some others stay empty. */
    static ApplicantLayout of(SeededHash hash, List<RecruitmentPosition> positions, int total) {
        int n = positions.size();
        long[] weights = new long[n];
        long sum = 0;
        for (int p = 0; p < n; p++) {
            boolean empty = positions.get(p).status() == PositionStatus.DRAFT || hash.chance(EMPTY, p, 0.12);
            weights[p] = empty ? 0 : 1 + hash.below(WEIGHT, p, 9);
            sum += weights[p];
        }
        if (sum == 0 && total > 0) {
            for (int p = 0; p < n; p++) {
                weights[p] = positions.get(p).status() == PositionStatus.DRAFT ? 0 : 1;
                sum += weights[p];
            }
            if (sum == 0) {
                Arrays.fill(weights, 1);
                sum = n;
            }
        }
        int[] sizes = new int[n];
        double[] remainders = new double[n];
        long assigned = 0;
        for (int p = 0; p < n; p++) {
            double exact = sum == 0 ? 0 : (double) total * weights[p] / sum;
            sizes[p] = (int) Math.floor(exact);
            remainders[p] = exact - sizes[p];
            assigned += sizes[p];
        }
        // Largest remainder first; ties by position order, so the result is stable.
        Integer[] order = new Integer[n];
        for (int p = 0; p < n; p++) {
            order[p] = p;
        }
        Arrays.sort(order, (a, b) -> Double.compare(remainders[b], remainders[a]));
        for (int k = 0; assigned < total; k = (k + 1) % n) {
            if (weights[order[k]] > 0) {
                sizes[order[k]]++;
                assigned++;
            }
        }
        long[] starts = new long[n + 1];
        for (int p = 0; p < n; p++) {
            starts[p + 1] = starts[p] + sizes[p];
        }
        return new ApplicantLayout(starts, sizes);
    }

    public int total() {
        return (int) starts[starts.length - 1];
    }

    public int start(int position) {
        return (int) starts[position];
    }

    public int size(int position) {
        return sizes[position];
    }

    /** The position owning a generated applicant index (0 <= index < total). */
    public int positionOf(int index) {
        int lo = 0;
        int hi = sizes.length - 1;
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
