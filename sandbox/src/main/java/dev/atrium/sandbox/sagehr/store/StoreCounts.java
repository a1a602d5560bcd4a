package dev.atrium.sandbox.sagehr.store;

/** Live record counts and what the overlay changed, for the control API's state. */
public record StoreCounts(
        int positions,
        long applicants,
        int employees,
        int teams,
        int deletedPositions,
        long deletedApplicants,
        long applicantsRemovedWithPositions,
        int changedPositions,
        int closedPositions,
        int changedApplicants,
        int createdApplicants,
        long mutationCalls) {
}
