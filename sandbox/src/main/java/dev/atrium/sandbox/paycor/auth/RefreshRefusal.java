package dev.atrium.sandbox.paycor.auth;

/** Why a refresh was refused, as an OAuth error code ({@code invalid_grant}, {@code invalid_client}) and a description. */
public record RefreshRefusal(String error, String description) implements RefreshOutcome {
}
