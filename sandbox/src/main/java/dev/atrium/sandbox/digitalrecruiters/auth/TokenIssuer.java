package dev.atrium.sandbox.digitalrecruiters.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersCredentials;
import dev.atrium.sandbox.support.SeededHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The public API's user tokens: {@code users/login} trades the recruiter's email and password for a JWT and a
 * refresh token, {@code users/refresh} trades a refresh token for a new pair. A refresh token works once (the
 * vendor's rule is not documented). Values come from the seed and a counter, so a replayed run sees the same ones.
 */
public final class TokenIssuer {

    private static final int ISSUED = 3901;
    private static final int SIGNATURE = 3902;
    private static final int PRUNE_AT = 10_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SeededHash hash;
    private final DigitalRecruitersCredentials credentials;
    private final Set<String> liveRefreshTokens = new HashSet<>();
    /** Access token to its expiry on the monotonic clock. */
    private final Map<String, Long> tokens = new HashMap<>();
    private long counter;
    private long issued;

    public TokenIssuer(long seed, DigitalRecruitersCredentials credentials) {
        this.hash = new SeededHash(seed);
        this.credentials = credentials;
    }

    /** A new pair for the right email (case-insensitive) and password, empty otherwise. */
    public synchronized Optional<TokenPair> login(String email, String password, int ttlSeconds, long nowNanos,
            long nowEpochSeconds) {
        if (email == null || password == null || !email.trim().equalsIgnoreCase(credentials.email())
                || !MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
                        credentials.password().getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(issue(ttlSeconds, nowNanos, nowEpochSeconds));
    }

    /** A new pair for a live refresh token, which is spent; empty for any other value. */
    public synchronized Optional<TokenPair> refresh(String refreshToken, int ttlSeconds, long nowNanos, long nowEpochSeconds) {
        if (refreshToken == null || !liveRefreshTokens.remove(refreshToken)) {
            return Optional.empty();
        }
        return Optional.of(issue(ttlSeconds, nowNanos, nowEpochSeconds));
    }

    public synchronized TokenCheck check(String bearer, long nowNanos) {
        if (bearer == null || bearer.isEmpty()) {
            return TokenCheck.MISSING;
        }
        Long expiry = tokens.get(bearer);
        if (expiry == null) {
            return TokenCheck.UNKNOWN;
        }
        return nowNanos - expiry < 0 ? TokenCheck.VALID : TokenCheck.EXPIRED;
    }

    /** Token pairs handed out since start. */
    public synchronized long issued() {
        return issued;
    }

    private TokenPair issue(int ttlSeconds, long nowNanos, long nowEpochSeconds) {
        long n = counter++;
        if (tokens.size() >= PRUNE_AT) {
            prune(nowNanos);
        }
        String token = jwt(n, ttlSeconds, nowEpochSeconds);
        tokens.put(token, nowNanos + ttlSeconds * 1_000_000_000L);
        String refresh = HexFormat.of().toHexDigits(hash.bits(ISSUED, n * 2)) + HexFormat.of().toHexDigits(hash.bits(ISSUED, n * 2 + 1));
        liveRefreshTokens.add(refresh);
        issued++;
        return new TokenPair(token, refresh);
    }

    /** Shaped like a JWT; clients must treat it as opaque, the signature is not verifiable. */
    private String jwt(long n, int ttlSeconds, long nowEpochSeconds) {
        ObjectNode header = MAPPER.createObjectNode().put("alg", "HS256").put("typ", "JWT");
        ObjectNode payload = MAPPER.createObjectNode().put("username", credentials.email())
                .put("iat", nowEpochSeconds).put("exp", nowEpochSeconds + ttlSeconds)
                .put("jti", HexFormat.of().toHexDigits(hash.bits(SIGNATURE, -1 - n)));
        byte[] signature = new byte[32];
        for (int k = 0; k < 4; k++) {
            long bits = hash.bits(SIGNATURE, n * 4 + k);
            for (int b = 0; b < 8; b++) {
                signature[k * 8 + b] = (byte) (bits >>> (56 - 8 * b));
            }
        }
        return B64.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8)) + "." + B64.encodeToString(signature);
    }

    private void prune(long nowNanos) {
        for (Iterator<Long> it = tokens.values().iterator(); it.hasNext(); ) {
            if (nowNanos - it.next() >= 0) {
                it.remove();
            }
        }
    }
}
