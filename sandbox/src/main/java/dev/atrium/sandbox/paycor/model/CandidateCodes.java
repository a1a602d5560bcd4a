package dev.atrium.sandbox.paycor.model;

import java.util.Map;
import java.util.Set;

/**
 * The documented candidate stage and status codes for creation (fact sheet B6.4): stage 0 is a passive
 * candidate, stage 1 a job seeker, each with its own status list. They describe origin, not pipeline steps.
 */
public final class CandidateCodes {

    public static final int PASSIVE = 0;
    public static final int JOB_SEEKER = 1;
    private static final Map<Integer, Set<Integer>> ALLOWED = Map.of(
            PASSIVE, Set.of(0, 1, 2, 3, 9),
            JOB_SEEKER, Set.of(0, 1, 2, 3, 4, 5, 6, 7));

    public static final int INTERNAL_REFERRAL = 2;
    public static final int AGENCY_RESPONSE = 4;
    public static final int GRAVITY_REFERRAL = 6;
    public static final int AGENCY_REFERRAL = 7;

    private CandidateCodes() {
    }

    public static boolean isStage(int stage) {
        return ALLOWED.containsKey(stage);
    }

    public static boolean isAllowed(int stage, int status) {
        Set<Integer> statuses = ALLOWED.get(stage);
        return statuses != null && statuses.contains(status);
    }

    public static Set<Integer> statuses(int stage) {
        return ALLOWED.getOrDefault(stage, Set.of());
    }
}
