package dev.atrium.sandbox.paycor.store;

/**
 * The fields of a create-candidate body (fact sheet B6.4) after the body's own checks passed: required
 * fields are present and the codes are documented ones. Whether the account and job exist is the store's call.
 */
public record CandidateForm(
        String jobId,
        String atsAccountId,
        String email,
        String firstName,
        String lastName,
        String preferredName,
        Integer startingStage,
        Integer startingStatus,
        int stage,
        int status,
        String source,
        String mobilePhone,
        String altPhone,
        String altEmail,
        String address,
        String address2,
        String city,
        String state,
        String postalCode,
        String country) {
}
