package dev.atrium.sandbox.digitalrecruiters.store;

/**
 * What an apply call carries once read: the ad reference, the candidate profile, the source and at most one file.
 *
 * @param gender   1 or 2; anything else was dropped
 * @param fileName the CV's name, or null without a file
 */
public record ApplyForm(String reference, String firstName, String lastName, String email, String phoneNumber,
        Integer gender, String jobTitle, String street, String zip, String city, String locale, String origin,
        String message, String fileName) {
}
