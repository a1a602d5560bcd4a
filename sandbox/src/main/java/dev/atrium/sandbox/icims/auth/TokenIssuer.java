package dev.atrium.sandbox.icims.auth;

import dev.atrium.sandbox.icims.IcimsCredentials;
import dev.atrium.sandbox.support.SeededHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The OAuth client-credentials service (fact sheet A2): a token for the right client id, secret and audience,
 * valid for its {@code expires_in}. Token values come from the seed and a counter, so a replayed run sees the
 * same values.
 */
public final class TokenIssuer {

    private static final int TOKEN = 3901;
    private static final int PRUNE_AT = 10_000;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SeededHash hash;
    private final IcimsCredentials credentials;
    /** Access token to its expiry on the monotonic clock. */
    private final Map<String, Long> tokens = new HashMap<>();
    private long issued;

    public TokenIssuer(long seed, IcimsCredentials credentials) {
        this.hash = new SeededHash(seed);
        this.credentials = credentials;
    }

    /** Whether the client id and secret are the simulated client's. */
    public boolean knows(String clientId, String clientSecret) {
        return same(clientId, credentials.clientId()) && same(clientSecret, credentials.clientSecret());
    }

    /** A new access token that lives {@code ttlSeconds}; JWT-shaped as the vendor's are, not signed. */
    public synchronized String issue(int ttlSeconds, long nowNanos, long nowEpochSeconds) {
        if (tokens.size() >= PRUNE_AT) {
            tokens.values().removeIf(expiry -> expiry <= nowNanos);
        }
        long n = issued++;
        String header = B64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = B64.encodeToString(("{\"iss\":\"https://login.icims.com/\",\"sub\":\"" + credentials.clientId()
                + "@clients\",\"aud\":\"https://api.icims.com/v1/\",\"iat\":" + nowEpochSeconds + ",\"exp\":"
                + (nowEpochSeconds + ttlSeconds) + "}").getBytes(StandardCharsets.UTF_8));
        String token = header + "." + claims + "." + Long.toHexString(hash.bits(TOKEN, n)) + Long.toHexString(hash.bits(TOKEN + 1, n));
        tokens.put(token, nowNanos + ttlSeconds * 1_000_000_000L);
        return token;
    }

    public synchronized boolean valid(String token, long nowNanos) {
        Long expiry = tokens.get(token);
        return expiry != null && expiry > nowNanos;
    }

    public synchronized long issued() {
        return issued;
    }

    private static boolean same(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
