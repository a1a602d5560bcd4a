package dev.atrium.sandbox.icims.store;

/** Live record counts and what the overlay changed, for the control API's state. */
public record StoreTotals(int jobs, long people, int users, int deletedJobs, int changedJobs, int closedJobs,
        long deletedPeople, long changedPeople, long createdPeople, long deletedWorkflows, long changedWorkflows,
        long createdWorkflows, long mutationCalls) {
}
