package dev.atrium.sandbox.digitalrecruiters.auth;

/** The login and refresh answer: {@code {"token": ..., "refresh_token": ...}} (fact sheet 3.3). */
public record TokenPair(String token, String refreshToken) {
}
