package dev.atrium.sandbox.phenom.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;

/**
 * {@code POST /tags-api/v1/tags} with {@code {"tagName": "..."}} (fact sheet 1.4): the one operation whose 400
 * for a missing name or header is documented. Nothing reads tags back, so none are kept; the success body is
 * undocumented and echoes the name [G].
 */
final class TagHandler {

    private TagHandler() {
    }

    static void create(RoutingContext ctx) {
        String raw = ctx.body().asString();
        JsonNode body;
        try {
            body = raw == null || raw.isBlank() ? null : PhenomJson.MAPPER.readTree(raw);
        } catch (IOException e) {
            PhenomReplies.error(ctx, 400, "Request body is not valid JSON");
            return;
        }
        String name = body == null ? null : body.path("tagName").asText(null);
        if (name == null || name.isBlank()) {
            PhenomReplies.error(ctx, 400, "tagName is required");
            return;
        }
        ObjectNode reply = PhenomJson.MAPPER.createObjectNode().put("status", 200).put("message", "Tag created");
        reply.putObject("data").put("tagName", name.trim());
        PhenomReplies.json(ctx, 200, reply);
    }
}
