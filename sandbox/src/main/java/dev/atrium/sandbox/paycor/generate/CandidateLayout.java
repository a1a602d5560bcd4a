package dev.atrium.sandbox.paycor.generate;

import dev.atrium.sandbox.paycor.model.Job;
import dev.atrium.sandbox.paycor.model.JobStatus;
import dev.atrium.sandbox.support.SeededHash;
import java.util.Arrays;
import java.util.List;

/**
 * Which generated candidates belong to which job. Each job owns one contiguous block of candidate
 * indexes, so any page of a job's candidates is computed from its block without looking at the others.
 */
public final class CandidateLayout {

    private static final int WEIGHT = 1401;

    private final long[] starts;

    private CandidateLayout(long[] starts) {
        this.starts = starts;
    }

    /** Spreads {@code total} candidates over the jobs: live and past jobs get many, drafts and approvals none. */
    static CandidateLayout of(SeededHash hash, List<Job> jobs, int total) {
        int n = jobs.size();
        long[] weights = new long[n];
        long sum = 0;
        for (int j = 0; j < n; j++) {
            JobStatus status = jobs.get(j).status();
            weights[j] = switch (status) {
                case ACTIVE -> 2 + hash.below(WEIGHT, j, 8);
                case CLOSED, FILLED -> 1 + hash.below(WEIGHT, j, 8);
                case ACTIVATING -> hash.chance(WEIGHT, j, 0.2) ? 1 : 0;
                default -> 0;
            };
            sum += weights[j];
        }
        if (sum == 0 && total > 0) {
            Arrays.fill(weights, 1);
            sum = n;
        }
        int[] sizes = new int[n];
        double[] remainders = new double[n];
        long assigned = 0;
        for (int j = 0; j < n; j++) {
            double exact = sum == 0 ? 0 : (double) total * weights[j] / sum;
            sizes[j] = (int) Math.floor(exact);
            remainders[j] = exact - sizes[j];
            assigned += sizes[j];
        }
        // Largest remainder first; ties keep job order, so the result is stable.
        Integer[] order = new Integer[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> Double.compare(remainders[b], remainders[a]));
        for (int k = 0; assigned < total; k = (k + 1) % n) {
            if (weights[order[k]] > 0) {
                sizes[order[k]]++;
                assigned++;
            }
        }
        long[] starts = new long[n + 1];
        for (int j = 0; j < n; j++) {
            starts[j + 1] = starts[j] + sizes[j];
        }
        return new CandidateLayout(starts);
    }

    public int total() {
        return (int) starts[starts.length - 1];
    }

    /** First candidate index of a job's block. */
    public int start(int job) {
        return (int) starts[job];
    }

    public int size(int job) {
        return (int) (starts[job + 1] - starts[job]);
    }

    /** Exclusive end of a job's block. */
    public int end(int job) {
        return (int) starts[job + 1];
    }

    /** The job owning a generated candidate index (0 <= index < total). */
    public int jobOf(int index) {
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
