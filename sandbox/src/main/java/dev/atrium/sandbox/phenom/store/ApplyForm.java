package dev.atrium.sandbox.phenom.store;

/**
 * What an apply request carries, read from {@code ApplicationWithId}: the job and {@code candidateData}
 * with its {@code contactData} (fact sheet 1.5); {@code source} is [G].
 */
public record ApplyForm(String jobId, String firstName, String middleName, String lastName, String email,
        String countryPhoneCode, String phoneNumber, String deviceType, String source) {
}
