package dev.atrium.sandbox.phenom.model;

/** One {@code multiRecruiter[]} entry; {@code recruiterEmail} may be empty, as integrators report (fact sheet 4.1). */
public record Recruiter(String recruiterEmail, String recruiterName) {
}
