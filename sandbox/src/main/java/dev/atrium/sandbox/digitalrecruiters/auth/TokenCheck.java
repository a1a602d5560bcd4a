package dev.atrium.sandbox.digitalrecruiters.auth;

/** What a bearer token turned out to be. */
public enum TokenCheck {
    VALID, MISSING, UNKNOWN, EXPIRED
}
