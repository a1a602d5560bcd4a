package dev.atrium.sandbox.digitalrecruiters.model;

import java.time.Instant;

/**
 * One application to one ad, embedding the candidate as the public API does.
 *
 * @param gender          1 male, 2 female, null when not given
 * @param cvFileName      the CV sent with it, or null
 * @param origin          the source ({@code s_o} for applications through apply)
 * @param rejectedReason  set when the level is Refusal
 */
public record Application(
        long id,
        int jobIndex,
        String firstName,
        String lastName,
        String email,
        String phoneNumber,
        Integer gender,
        String jobTitle,
        String street,
        String zip,
        String city,
        String country,
        String locale,
        String educationLevel,
        String experienceLevel,
        StatusLevel level,
        String rejectedReason,
        String origin,
        boolean spontaneous,
        boolean imported,
        boolean fromExternalApi,
        String cvFileName,
        String message,
        Instant createdAt,
        Instant updatedAt) {

    /** The same application after an edit: new phone and last name, one level further when still in play. */
    public Application changed(String newLastName, String newPhone, StatusLevel newLevel, String newRejectedReason,
            Instant at) {
        return new Application(id, jobIndex, firstName, newLastName, email, newPhone, gender, jobTitle, street, zip,
                city, country, locale, educationLevel, experienceLevel, newLevel, newRejectedReason, origin,
                spontaneous, imported, fromExternalApi, cvFileName, message, createdAt, at);
    }
}
