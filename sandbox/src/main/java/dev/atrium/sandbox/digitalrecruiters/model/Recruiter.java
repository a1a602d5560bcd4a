package dev.atrium.sandbox.digitalrecruiters.model;

/** A recruiter user, known to clients only through the ads that name them as referent. */
public record Recruiter(int index, String firstName, String lastName, String email, String phoneNumber) {
}
