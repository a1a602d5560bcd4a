package dev.atrium.sandbox.sagehr.generate;

import dev.atrium.sandbox.sagehr.model.PositionStatus;
import dev.atrium.sandbox.sagehr.model.RecruitmentPosition;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.generate.BlockLayout;
import java.util.List;

/** How generated applicants spread over positions: drafts and some others stay empty, the rest by seeded weights. */
final class ApplicantWeights {

    private static final int EMPTY = 301;
    private static final int WEIGHT = 302;

    private ApplicantWeights() {
    }

    static BlockLayout layout(SeededHash hash, List<RecruitmentPosition> positions, int total) {
        int n = positions.size();
        long[] weights = new long[n];
        long sum = 0;
        for (int p = 0; p < n; p++) {
            boolean empty = positions.get(p).status() == PositionStatus.DRAFT || hash.chance(EMPTY, p, 0.12);
            weights[p] = empty ? 0 : 1 + hash.below(WEIGHT, p, 9);
            sum += weights[p];
        }
        // Applicants must go somewhere: when every weight came out 0, any position but a draft takes them.
        if (sum == 0 && total > 0) {
            for (int p = 0; p < n; p++) {
                weights[p] = positions.get(p).status() == PositionStatus.DRAFT ? 0 : 1;
            }
        }
        return BlockLayout.apportion(weights, total);
    }
}
