package dev.atrium.sandbox.sagehr.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** Writes Sage HR responses: JSON envelopes, the {error_code, errors[]} error body and the HTML 404 page. */
final class VendorReplies {

    // Shaped like a Rails default 404 page; the real body is not captured in the fact sheet.
    private static final String NOT_FOUND_HTML = """
            <!DOCTYPE html>
            <html>
            <head><title>The page you were looking for doesn't exist (404)</title></head>
            <body><div class="dialog"><h1>The page you were looking for doesn't exist.</h1>
            <p>You may have mistyped the address or the page may have moved.</p></div></body>
            </html>
            """;

    private VendorReplies() {
    }

    static void data(RoutingContext ctx, int status, JsonNode data) {
        ObjectNode body = SageHrJson.MAPPER.createObjectNode();
        body.set("data", data);
        JsonReplies.send(ctx, status, body);
    }

    static void list(RoutingContext ctx, ArrayNode items, ObjectNode meta) {
        ObjectNode body = SageHrJson.MAPPER.createObjectNode();
        body.set("data", items);
        body.set("meta", meta);
        JsonReplies.send(ctx, 200, body);
    }

    static void error(RoutingContext ctx, int status, String errorCode, List<String> errors) {
        ObjectNode body = SageHrJson.MAPPER.createObjectNode();
        body.put("error_code", errorCode);
        ArrayNode list = body.putArray("errors");
        errors.forEach(list::add);
        JsonReplies.send(ctx, status, body);
    }

    static void notFound(RoutingContext ctx) {
        error(ctx, 404, "not_found", List.of());
    }

    static void notFoundHtml(RoutingContext ctx) {
        ctx.response().setStatusCode(404).putHeader("Content-Type", "text/html; charset=utf-8").end(NOT_FOUND_HTML);
    }
}
