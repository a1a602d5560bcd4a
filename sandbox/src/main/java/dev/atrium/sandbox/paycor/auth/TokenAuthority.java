package dev.atrium.sandbox.paycor.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.paycor.PaycorCredentials;
import dev.atrium.sandbox.support.SeededHash;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Paycor's token service (fact sheet B2): exchanges a refresh token for a short-lived access token and a
 * new refresh token. Refresh tokens are single use: the one presented stops working the moment it is
 * accepted. Token values come from the seed and a counter, so a replayed run sees the same values.
 */
public final class TokenAuthority {

    private static final int ISSUED = 2001;
    private static final int SIGNATURE = 2002;
    private static final int JTI = 2003;
    private static final int PRUNE_AT = 10_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SeededHash hash;
    private final PaycorCredentials credentials;
    private final Set<String> liveRefreshTokens = new HashSet<>();
    /** Access token to its expiry on the monotonic clock. */
    private final Map<String, Long> accessTokens = new HashMap<>();
    private long counter;
    private long accessIssued;
    private long refreshIssued;
    private long refused;

    public TokenAuthority(long seed, PaycorCredentials credentials) {
        this.hash = new SeededHash(seed);
        this.credentials = credentials;
        liveRefreshTokens.add(credentials.refreshToken());
    }

    /** A refresh-token grant; the presented refresh token is spent when the grant succeeds. */
    public synchronized RefreshOutcome refresh(String clientId, String clientSecret, String refreshToken, int ttlSeconds,
            long nowNanos, long nowEpochSeconds) {
        if (!same(clientId, credentials.clientId()) || !same(clientSecret, credentials.clientSecret())) {
            refused++;
            return new RefreshRefusal("invalid_client", "The client id or client secret is not valid.");
        }
        if (refreshToken == null || !liveRefreshTokens.remove(refreshToken)) {
            refused++;
            return new RefreshRefusal("invalid_grant", "The refresh token is invalid, expired or was already used.");
        }
        String access = accessToken(ttlSeconds, nowEpochSeconds);
        if (accessTokens.size() >= PRUNE_AT) {
            prune(nowNanos);
        }
        accessTokens.put(access, nowNanos + ttlSeconds * 1_000_000_000L);
        accessIssued++;
        return new TokenGrant(access, ttlSeconds, newRefreshToken());
    }

    /** A fresh refresh token, as if a Paycor admin had granted consent again. */
    public synchronized String authorize() {
        return newRefreshToken();
    }

    public synchronized AccessCheck check(String bearer, long nowNanos) {
        if (bearer == null || bearer.isEmpty()) {
            return AccessCheck.MISSING;
        }
        Long expiry = accessTokens.get(bearer);
        if (expiry == null) {
            return AccessCheck.UNKNOWN;
        }
        return nowNanos - expiry < 0 ? AccessCheck.VALID : AccessCheck.EXPIRED;
    }

    public synchronized TokenStats stats() {
        return new TokenStats(accessIssued, refreshIssued, refused, liveRefreshTokens.size(), accessTokens.size());
    }

    private String newRefreshToken() {
        long n = counter++;
        StringBuilder token = new StringBuilder();
        for (int k = 0; k < 4; k++) {
            token.append(HexFormat.of().toHexDigits(hash.bits(ISSUED, n * 4 + k)));
        }
        liveRefreshTokens.add(token.toString());
        refreshIssued++;
        return token.toString();
    }

    /** Shaped like the vendor's RS256 JWT; clients must treat it as opaque, the signature is not verifiable. */
    private String accessToken(int ttlSeconds, long nowEpochSeconds) {
        long n = counter++;
        ObjectNode header = MAPPER.createObjectNode().put("alg", "RS256").put("typ", "JWT")
                .put("kid", HexFormat.of().toHexDigits(hash.bits(SIGNATURE, -1)).substring(0, 16));
        ObjectNode payload = MAPPER.createObjectNode()
                .put("iss", "https://apis.paycor.com/sts")
                .put("aud", "paycor-public-api")
                .put("client_id", credentials.clientId())
                .put("sub", Integer.toString(credentials.legalEntityId()))
                .put("scope", "ats offline_access")
                .put("iat", nowEpochSeconds)
                .put("exp", nowEpochSeconds + ttlSeconds)
                .put("jti", HexFormat.of().toHexDigits(hash.bits(JTI, n)));
        ByteBuffer signature = ByteBuffer.allocate(64);
        for (int k = 0; k < 8; k++) {
            signature.putLong(hash.bits(SIGNATURE, n * 8 + k));
        }
        return B64.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(signature.array());
    }

    private void prune(long nowNanos) {
        for (Iterator<Long> it = accessTokens.values().iterator(); it.hasNext(); ) {
            if (nowNanos - it.next() >= 0) {
                it.remove();
            }
        }
    }

    private static boolean same(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
