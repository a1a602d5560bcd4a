package dev.atrium.sandbox.phenom.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.support.SeededHash;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Phenom's login host (fact sheet 1.3): trades the client id and secret for a JWT access token whose {@code exp}
 * claim says when it stops working. Token values come from the seed and a counter, so a replayed run sees the
 * same values; only the dates inside follow the wall clock, as the client reads {@code exp} to cache them.
 */
public final class TokenIssuer {

    private static final int CLIENT_ID = 5801;
    private static final int CLIENT_SECRET = 5802;
    private static final int SIGNATURE = 5803;
    private static final int JTI = 5804;
    private static final int PRUNE_AT = 10_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SeededHash hash;
    private final String clientId;
    private final String clientSecret;
    /** Access token to its expiry on the monotonic clock. */
    private final Map<String, Long> tokens = new HashMap<>();
    private long issued;
    private long refused;

    public TokenIssuer(long seed) {
        this.hash = new SeededHash(seed);
        this.clientId = "phenom-" + hash.hex(CLIENT_ID, 1).substring(0, 12);
        this.clientSecret = B64.encodeToString(hash.bytes(CLIENT_SECRET, 4));
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** A token for valid credentials, else null. */
    public synchronized String issue(String givenId, String givenSecret, int ttlSeconds, long nowNanos, long nowEpochSeconds) {
        if (!same(givenId, clientId) || !same(givenSecret, clientSecret)) {
            refused++;
            return null;
        }
        if (tokens.size() >= PRUNE_AT) {
            tokens.values().removeIf(expiry -> nowNanos - expiry >= 0);
        }
        String token = jwt(issued, ttlSeconds, nowEpochSeconds);
        tokens.put(token, nowNanos + ttlSeconds * 1_000_000_000L);
        issued++;
        return token;
    }

    /** Whether a token was issued here and has not expired. */
    public synchronized boolean isValid(String token, long nowNanos) {
        Long expiry = token == null ? null : tokens.get(token);
        return expiry != null && nowNanos - expiry < 0;
    }

    public synchronized long issuedCount() {
        return issued;
    }

    public synchronized long refusedCount() {
        return refused;
    }

    // The signature is seeded noise: clients treat the token as opaque apart from reading exp.
    private String jwt(long n, int ttlSeconds, long nowEpochSeconds) {
        ObjectNode header = MAPPER.createObjectNode().put("alg", "RS256").put("typ", "JWT");
        ObjectNode payload = MAPPER.createObjectNode().put("iss", "phenom-login").put("sub", clientId)
                .put("iat", nowEpochSeconds).put("exp", nowEpochSeconds + ttlSeconds)
                .put("jti", HexFormat.of().toHexDigits(hash.bits(JTI, n)));
        ByteBuffer signature = ByteBuffer.allocate(32);
        for (int k = 0; k < 4; k++) {
            signature.putLong(hash.bits(SIGNATURE, n * 4 + k));
        }
        return B64.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(signature.array());
    }

    private static boolean same(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
