package dev.atrium.sandbox.paycor.model;

import java.time.Instant;

/**
 * A candidate within one job (fact sheet B6.3); the record doubles as the application. Every field the
 * vendor marks nullable may be null here.
 *
 * @param ordinal  position in the job's list order: generated candidates by index, then created ones
 * @param jobIndex index of the owning job in the data set
 */
public record AtsCandidate(
        long ordinal,
        String id,
        int jobIndex,
        String jobId,
        String atsAccountId,
        String email,
        String firstName,
        String lastName,
        String preferredName,
        Integer startingStage,
        Integer startingStatus,
        Integer stage,
        Integer status,
        String source,
        String mobilePhone,
        String altPhone,
        String altEmail,
        String address,
        String address2,
        String city,
        String state,
        String postalCode,
        String country,
        Instant createdAt,
        Instant modifiedAt,
        String resumeText) {

    /** The same candidate after an edit: new mobile phone and status, dated {@code at}. */
    public AtsCandidate edited(String newMobilePhone, Integer newStatus, Instant at) {
        return new AtsCandidate(ordinal, id, jobIndex, jobId, atsAccountId, email, firstName, lastName, preferredName,
                startingStage, startingStatus, stage, newStatus, source, newMobilePhone, altPhone, altEmail, address,
                address2, city, state, postalCode, country, createdAt, at, resumeText);
    }
}
