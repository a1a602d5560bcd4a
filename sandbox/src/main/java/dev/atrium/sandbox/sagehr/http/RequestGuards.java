package dev.atrium.sandbox.sagehr.http;

import dev.atrium.sandbox.sagehr.SageHrSimulator;
import dev.atrium.sandbox.sagehr.SageHrSettings;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;

/** What runs before every vendor handler, in order: the Accept-header quirk, the API token, the rate limit. */
final class RequestGuards {

    private final SageHrSimulator simulator;

    RequestGuards(SageHrSimulator simulator) {
        this.simulator = simulator;
    }

    /** Newer recruitment routes 404 with an HTML page unless the client asks for JSON (fact sheet 2.1). */
    void acceptHeader(RoutingContext ctx) {
        if (simulator.settings().acceptHeaderQuirk() && !acceptsJson(ctx.request().getHeader("Accept"))) {
            VendorReplies.notFoundHtml(ctx);
            return;
        }
        ctx.next();
    }

    private static boolean acceptsJson(String accept) {
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json");
    }

    // The exact 401 body is not documented; this one follows the vendor's {error_code, errors[]} shape.
    void apiToken(RoutingContext ctx) {
        String token = ctx.request().getHeader("X-Auth-Token");
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                simulator.apiToken().getBytes(StandardCharsets.UTF_8))) {
            VendorReplies.error(ctx, 401, "unauthorized", List.of("Invalid API token"));
            return;
        }
        ctx.next();
    }

    // Sage HR publishes no rate limit; status 429 with Retry-After is what connectors retry on.
    void rateLimit(RoutingContext ctx) {
        SageHrSettings s = simulator.settings();
        long retryAfter = simulator.rateLimiter().acquire(simulator.apiToken(), s.rateLimitPerWindow(),
                s.rateLimitWindowSeconds(), System.nanoTime());
        if (retryAfter > 0) {
            ctx.response().putHeader("Retry-After", Long.toString(retryAfter));
            VendorReplies.error(ctx, 429, "too_many_requests",
                    List.of("Rate limit exceeded. Retry in " + retryAfter + " seconds"));
            return;
        }
        ctx.next();
    }
}
