package dev.atrium.sandbox.phenom.model;

import java.time.Instant;

/**
 * An application: one candidate applying to one job. Its wire {@code jobId} may name a job the jobs API hides
 * (internal, closed, deleted) or be the literal {@code "JOBID"} (fact sheet 1.5).
 *
 * @param index       generated applications first, created ones after them
 * @param jobIndex    the job the application really belongs to (its applicants list shows it)
 * @param wireJobId   what the application says its job is
 * @param statusOrder position of its workflow status in the catalogue
 */
public record Application(
        long index,
        String applicationId,
        int jobIndex,
        String wireJobId,
        long candidateIndex,
        int statusOrder,
        String source,
        Instant appliedDate,
        Instant updatedDate) {

    public Application withStatus(int newStatusOrder, Instant at) {
        return new Application(index, applicationId, jobIndex, wireJobId, candidateIndex, newStatusOrder, source,
                appliedDate, at);
    }
}
