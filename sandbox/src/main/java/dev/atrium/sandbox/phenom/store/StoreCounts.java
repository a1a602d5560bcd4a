package dev.atrium.sandbox.phenom.store;

import java.time.Instant;

/** Live record counts and what the overlay changed, for the control API's state. */
public record StoreCounts(
        int jobs,
        int postedJobs,
        long applications,
        long candidates,
        int users,
        int deletedJobs,
        long deletedApplications,
        int changedJobs,
        int closedJobs,
        int changedApplications,
        int changedCandidates,
        int createdApplications,
        int createdCandidates,
        long mutationCalls,
        Instant clock) {
}
