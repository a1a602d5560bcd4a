package dev.atrium.sandbox.icims.model;

import java.time.Instant;

/**
 * A recruiting workflow (an application) joining one job to one person, at one status (fact sheet A7.3).
 *
 * @param interviewFormat a single-list custom field, set once the candidate reached an interview
 * @param referralNote    a text custom field on referrals
 */
public record Workflow(long id, int jobIndex, long jobId, long personId, Status status, String source,
        String sourceName, ListNode sourceOrigin, ListNode interviewFormat, String referralNote, Instant created,
        Instant updated) {

    /** At another status, dated {@code at}. */
    public Workflow moved(Status next, Instant at) {
        return new Workflow(id, jobIndex, jobId, personId, next, source, sourceName, sourceOrigin, interviewFormat, referralNote, created, at);
    }
}
