package dev.atrium.sandbox.digitalrecruiters.http;

import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersSettings;
import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersSimulator;
import dev.atrium.sandbox.digitalrecruiters.auth.TokenCheck;
import dev.atrium.sandbox.support.http.BearerToken;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** What runs before every public API operation, in order: the API key, the rate limit, then (after login) the bearer. */
final class ApiGuards {

    static final String KEY_HEADER = "X-DR-API-KEY";

    private final DigitalRecruitersSimulator simulator;

    ApiGuards(DigitalRecruitersSimulator simulator) {
        this.simulator = simulator;
    }

    void apiKey(RoutingContext ctx) {
        String key = ctx.request().getHeader(KEY_HEADER);
        if (key == null || !MessageDigest.isEqual(key.trim().getBytes(StandardCharsets.UTF_8),
                simulator.credentials().apiKey().getBytes(StandardCharsets.UTF_8))) {
            DrReplies.error(ctx, 401, key == null || key.isBlank() ? "API key not found" : "Invalid API key");
            return;
        }
        ctx.next();
    }

    // No limit is published; 429 with Retry-After is what connectors retry on.
    void rateLimit(RoutingContext ctx) {
        DigitalRecruitersSettings s = simulator.settings();
        long retryAfter = simulator.rateLimiter().acquire(simulator.credentials().apiKey(), s.rateLimitPerWindow(),
                s.rateLimitWindowSeconds(), System.nanoTime());
        if (retryAfter > 0) {
            DrReplies.rateLimited(ctx, retryAfter);
            return;
        }
        ctx.next();
    }

    /** An expired token answers 401 so that clients refresh and retry (fact sheet 3.3). */
    void bearer(RoutingContext ctx) {
        String token = BearerToken.of(ctx);
        TokenCheck check = simulator.tokens().check(token, System.nanoTime());
        switch (check) {
            case VALID -> ctx.next();
            case MISSING -> DrReplies.error(ctx, 401, DrReplies.TOKEN_NOT_FOUND);
            case EXPIRED -> DrReplies.error(ctx, 401, DrReplies.TOKEN_EXPIRED);
            default -> DrReplies.error(ctx, 401, DrReplies.TOKEN_INVALID);
        }
    }
}
