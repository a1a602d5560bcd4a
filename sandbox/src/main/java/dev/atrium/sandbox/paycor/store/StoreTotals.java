package dev.atrium.sandbox.paycor.store;

/** Live record counts and what the overlay changed, for the control API's state. */
public record StoreTotals(
        int atsAccounts,
        int jobs,
        long candidates,
        int users,
        int deletedJobs,
        long deletedCandidates,
        long candidatesRemovedWithJobs,
        int changedJobs,
        int closedJobs,
        int changedCandidates,
        int createdCandidates,
        long mutationCalls) {
}
