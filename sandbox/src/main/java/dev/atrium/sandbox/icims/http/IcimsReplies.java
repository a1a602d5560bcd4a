package dev.atrium.sandbox.icims.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.ext.web.RoutingContext;

/** Writes iCIMS answers: the documented error body and {@code X-Error} header, 201 with Location, 204 (fact sheet A5, A8). */
final class IcimsReplies {

    static final int RESOURCE_NOT_FOUND = 2;
    static final int INVALID_CREDENTIALS = 6;

    private IcimsReplies() {
    }

    /** {@code {"errors":[{"errorMessage","errorCode"}]}} with the matching {@code X-Error: code:detail} header. */
    static void error(RoutingContext ctx, int status, int code, String message) {
        ObjectNode body = JsonReplies.MAPPER.createObjectNode();
        body.putArray("errors").addObject().put("errorMessage", message).put("errorCode", code);
        ctx.response().putHeader("X-Error", code + ":" + message);
        JsonReplies.send(ctx, status, body);
    }

    static void notFound(RoutingContext ctx, String what) {
        error(ctx, 404, RESOURCE_NOT_FOUND, what + " not found.");
    }

    /** A create: 201, the new profile's URL in {@code Location}, an empty body as observed. */
    static void created(RoutingContext ctx, String location) {
        ctx.response().setStatusCode(201).putHeader("Location", location)
                .putHeader("Content-Type", "application/octet-stream").putHeader("Content-Length", "0").end();
    }

    static void noContent(RoutingContext ctx) {
        ctx.response().setStatusCode(204).end();
    }
}
