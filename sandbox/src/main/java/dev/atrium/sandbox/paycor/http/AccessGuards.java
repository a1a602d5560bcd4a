package dev.atrium.sandbox.paycor.http;

import dev.atrium.sandbox.paycor.PaycorSettings;
import dev.atrium.sandbox.paycor.PaycorSimulator;
import dev.atrium.sandbox.paycor.auth.AccessCheck;
import dev.atrium.sandbox.paycor.auth.AtsScope;
import io.vertx.core.Handler;
import dev.atrium.sandbox.support.http.BearerToken;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * What runs before every Paycor operation, in the order Azure APIM and the API apply it: the subscription
 * key, the per-key rate limit, then (except on the token endpoints) the bearer token and the operation's scope.
 */
final class AccessGuards {

    static final String KEY_HEADER = "Ocp-Apim-Subscription-Key";
    static final String KEY_QUERY = "subscription-key";

    private final PaycorSimulator simulator;

    AccessGuards(PaycorSimulator simulator) {
        this.simulator = simulator;
    }

    /** The key may come as a header or, as the token clients send it, as a query parameter. */
    void subscriptionKey(RoutingContext ctx) {
        String key = ctx.request().getHeader(KEY_HEADER);
        if (key == null || key.isBlank()) {
            key = ctx.request().getParam(KEY_QUERY);
        }
        if (key == null || key.isBlank()) {
            PaycorReplies.missingSubscriptionKey(ctx);
            return;
        }
        if (!MessageDigest.isEqual(key.trim().getBytes(StandardCharsets.UTF_8),
                simulator.credentials().subscriptionKey().getBytes(StandardCharsets.UTF_8))) {
            PaycorReplies.invalidSubscriptionKey(ctx);
            return;
        }
        ctx.next();
    }

    /** Every call with a valid key counts, token calls included (fact sheet B5: across all Paycor APIs). */
    void rateLimit(RoutingContext ctx) {
        PaycorSettings s = simulator.settings();
        long retryAfter = simulator.rateLimiter().acquire(simulator.credentials().subscriptionKey(),
                s.rateLimitPerWindow(), s.rateLimitWindowSeconds(), System.nanoTime());
        if (retryAfter > 0) {
            PaycorReplies.rateLimited(ctx, retryAfter, s);
            return;
        }
        ctx.next();
    }

    void bearer(RoutingContext ctx) {
        String token = BearerToken.of(ctx);
        AccessCheck check = simulator.tokens().check(token, System.nanoTime());
        if (check != AccessCheck.VALID) {
            PaycorReplies.unauthorized(ctx, check != AccessCheck.MISSING);
            return;
        }
        ctx.next();
    }

    /** A valid token of an app lacking the operation's scope: 403 (fact sheet B5). */
    Handler<RoutingContext> scope(AtsScope scope) {
        return ctx -> {
            if (!simulator.settings().grants(scope)) {
                PaycorReplies.forbidden(ctx);
                return;
            }
            ctx.next();
        };
    }
}
