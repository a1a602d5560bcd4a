package dev.atrium.sandbox.sagehr.store;

import dev.atrium.sandbox.sagehr.model.Attachment;

/**
 * The fields of a create-applicant request, whichever encoding it came in (multipart or JSON).
 * Blank strings are kept as sent; validation decides what they mean.
 *
 * @param referralGiven whether the request carried a referral object, which forces source "referral"
 * @param attachment    the uploaded CV, or null
 */
public record ApplicantForm(
        String firstName,
        String lastName,
        String email,
        String phoneNumber,
        String address,
        String summary,
        String source,
        boolean referralGiven,
        String referralEmail,
        String referralFullName,
        Attachment attachment,
        boolean sendThankYouEmail) {
}
