package dev.atrium.sandbox.sagehr.generate;

import dev.atrium.sandbox.sagehr.StageScope;
import dev.atrium.sandbox.sagehr.model.RecruitmentPosition;
import java.time.Instant;
import java.util.List;

/** The company's master list of stage titles and how stage ids and dates follow from the stage scope. */
public final class StageCatalog {

    /** Every position's pipeline is a subsequence of this list. */
    public static final List<String> MASTER = List.of(
            "New", "CV review", "Phone screen", "Interview", "Reference check", "Offer", "Hired");

    private StageCatalog() {
    }

    public static long stageId(StageScope scope, RecruitmentPosition position, int stageIndex) {
        int master = position.pipeline().masterIndexes().get(stageIndex);
        return scope == StageScope.SHARED
                ? IdSpace.STAGE_BASE + master
                : IdSpace.STAGE_BASE + (long) position.index() * MASTER.size() + master;
    }

    /** Stages were created with the pipeline: once for the company, or with each position. */
    public static Instant stageCreatedAt(StageScope scope, RecruitmentPosition position) {
        return scope == StageScope.SHARED ? Timeline.COMPANY_SETUP : position.pipelineCreatedAt();
    }

    /** The pipeline index of a stage id within one position, or -1 when the id is not one of its stages. */
    public static int stageIndexOf(StageScope scope, RecruitmentPosition position, long stageId) {
        for (int i = 0; i < position.pipeline().size(); i++) {
            if (stageId(scope, position, i) == stageId) {
                return i;
            }
        }
        return -1;
    }
}
