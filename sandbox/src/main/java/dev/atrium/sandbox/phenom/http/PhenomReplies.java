package dev.atrium.sandbox.phenom.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.ext.web.RoutingContext;

/** Writes Phenom responses, errors always in the documented {@code {status, message}} envelope (fact sheet 1.5). */
final class PhenomReplies {

    private PhenomReplies() {
    }

    static void json(RoutingContext ctx, int status, JsonNode body) {
        JsonReplies.send(ctx, status, body);
    }

    static void error(RoutingContext ctx, int status, String message) {
        ObjectNode body = JsonReplies.MAPPER.createObjectNode();
        body.put("status", status);
        body.put("message", message);
        JsonReplies.send(ctx, status, body);
    }

    /** Phenom publishes no limit; 429 with Retry-After is what the fact sheet suggests simulating [G]. */
    static void rateLimited(RoutingContext ctx, long retryAfterSeconds) {
        ctx.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
        error(ctx, 429, "Too many requests. Retry in " + retryAfterSeconds + " seconds");
    }

    /** No operation at this method and path. */
    static void noSuchOperation(RoutingContext ctx) {
        error(ctx, 404, "Resource not found");
    }
}
