package dev.atrium.sandbox.sagehr.model;

/**
 * Who referred an applicant. The employee id is null when the referral named someone who is not
 * an employee; the phone number is numeric on the wire, unlike the applicant's own.
 */
public record Referrer(Long employeeId, String fullName, String email, Long phoneNumber) {
}
