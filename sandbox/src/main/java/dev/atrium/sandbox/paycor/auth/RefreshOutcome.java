package dev.atrium.sandbox.paycor.auth;

/** The answer of the token service to a refresh: a grant or a refusal. */
public sealed interface RefreshOutcome permits TokenGrant, RefreshRefusal {
}
