package dev.atrium.sandbox.paycor.auth;

/** A successful token exchange: the fields of the vendor's token response. */
public record TokenGrant(String accessToken, int expiresIn, String refreshToken) implements RefreshOutcome {

    public static final String TOKEN_TYPE = "Bearer";
}
