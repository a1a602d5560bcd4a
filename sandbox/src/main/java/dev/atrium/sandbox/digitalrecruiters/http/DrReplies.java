package dev.atrium.sandbox.digitalrecruiters.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes Digital Recruiters error bodies. The vendor documents none (fact sheet 3.5); the JWT login and refresh
 * pair suggests a Symfony JWT stack, so every error is its {@code {"code": <status>, "message": "..."}} shape [G].
 */
final class DrReplies {

    static final String INVALID_CREDENTIALS = "Invalid credentials.";
    static final String TOKEN_NOT_FOUND = "JWT Token not found";
    static final String TOKEN_INVALID = "Invalid JWT Token";
    static final String TOKEN_EXPIRED = "Expired JWT Token";

    private DrReplies() {
    }

    static void error(RoutingContext ctx, int status, String message) {
        ObjectNode body = JsonReplies.MAPPER.createObjectNode().put("code", status).put("message", message);
        JsonReplies.send(ctx, status, body);
    }

    static void notFound(RoutingContext ctx) {
        error(ctx, 404, "Not Found");
    }

    static void rateLimited(RoutingContext ctx, long retryAfter) {
        ctx.response().putHeader("Retry-After", Long.toString(retryAfter));
        error(ctx, 429, "Too Many Requests. Retry in " + retryAfter + " seconds");
    }
}
