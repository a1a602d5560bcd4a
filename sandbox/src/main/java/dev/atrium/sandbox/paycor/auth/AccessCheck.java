package dev.atrium.sandbox.paycor.auth;

/** What a bearer token turned out to be. */
public enum AccessCheck {
    VALID, MISSING, UNKNOWN, EXPIRED
}
