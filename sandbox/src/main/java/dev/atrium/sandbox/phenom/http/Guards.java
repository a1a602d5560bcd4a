package dev.atrium.sandbox.phenom.http;

import dev.atrium.sandbox.phenom.PhenomSettings;
import dev.atrium.sandbox.phenom.PhenomSimulator;
import io.vertx.ext.web.RoutingContext;

/** What runs before the API handlers: the access token, the rate limit, and the acting user where documented. */
final class Guards {

    static final String USER_HEADER = "x-ph-userId";

    private final PhenomSimulator simulator;

    Guards(PhenomSimulator simulator) {
        this.simulator = simulator;
    }

    /**
     * {@code Authorization: Bearer <jwt>} as the SDK sends it; the cards show a bare {@code <token>}, accepted too
     * unless the settings say otherwise. The 401 body is the documented envelope; its text is [G].
     */
    void token(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        String token = null;
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = header.substring(7).trim();
        } else if (header != null && simulator.settings().acceptTokenWithoutBearer()) {
            token = header.trim();
        }
        if (token == null || token.isEmpty()) {
            PhenomReplies.error(ctx, 401, "Authorization header is missing");
            return;
        }
        if (!simulator.tokens().isValid(token, System.nanoTime())) {
            PhenomReplies.error(ctx, 401, "Invalid or expired token");
            return;
        }
        ctx.next();
    }

    void rateLimit(RoutingContext ctx) {
        PhenomSettings s = simulator.settings();
        long retryAfter = simulator.rateLimiter().acquire(simulator.tokens().clientId(), s.rateLimitPerWindow(),
                s.rateLimitWindowSeconds(), System.nanoTime());
        if (retryAfter > 0) {
            PhenomReplies.rateLimited(ctx, retryAfter);
            return;
        }
        ctx.next();
    }

    /**
     * Candidate, applicant, tag and workflow-status operations need the acting user (fact sheet 1.3); the 400 is
     * documented for tags and assumed for the others. Headers match case-insensitively, so {@code x-ph-userid} works too.
     */
    void actingUser(RoutingContext ctx) {
        String user = ctx.request().getHeader(USER_HEADER);
        if (user == null || user.isBlank()) {
            PhenomReplies.error(ctx, 400, "Required header " + USER_HEADER + " is missing");
            return;
        }
        ctx.next();
    }
}
