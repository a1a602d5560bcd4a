package dev.atrium.sandbox.paycor.generate;

import dev.atrium.sandbox.paycor.model.Job;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.generate.BlockLayout;
import java.util.List;

/** How generated candidates spread over jobs: live and past jobs get many, drafts and approvals none. */
final class CandidateWeights {

    private static final int WEIGHT = 1401;

    private CandidateWeights() {
    }

    static BlockLayout layout(SeededHash hash, List<Job> jobs, int total) {
        long[] weights = new long[jobs.size()];
        for (int j = 0; j < weights.length; j++) {
            weights[j] = switch (jobs.get(j).status()) {
                case ACTIVE -> 2 + hash.below(WEIGHT, j, 8);
                case CLOSED, FILLED -> 1 + hash.below(WEIGHT, j, 8);
                case ACTIVATING -> hash.chance(WEIGHT, j, 0.2) ? 1 : 0;
                default -> 0;
            };
        }
        return BlockLayout.apportion(weights, total);
    }
}
