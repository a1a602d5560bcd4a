package dev.atrium.sandbox.paycor.auth;

/** Counters of the token authority, for the control API's state. */
public record TokenStats(long accessTokensIssued, long refreshTokensIssued, long refreshesRefused,
        int liveRefreshTokens, int liveAccessTokens) {
}
