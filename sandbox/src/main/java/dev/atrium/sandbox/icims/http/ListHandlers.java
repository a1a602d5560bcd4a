package dev.atrium.sandbox.icims.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.icims.generate.ListCatalog;
import dev.atrium.sandbox.icims.model.ListNode;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;

/**
 * The List API (fact sheet A3.4): {@code GET /v2/lists} names the lists, {@code GET /v2/lists/{listId}} pages
 * through one list's nodes with {@code size} (at most 1000) and {@code offset}, with {@code _links} to the
 * next page. The documentation names {@code size} and {@code _links}; the other key names are a guess.
 */
final class ListHandlers {

    static final int MAX_SIZE = 1000;

    void names(RoutingContext ctx) {
        String base = IcimsVendorRoutes.root(ctx) + "/v2/lists/";
        ObjectNode out = JsonReplies.MAPPER.createObjectNode();
        ArrayNode lists = out.putArray("lists");
        for (String name : ListCatalog.names()) {
            ObjectNode entry = lists.addObject().put("name", name);
            entry.putObject("_links").putObject("self").put("href", base + name);
        }
        out.putObject("_links").putObject("self").put("href", IcimsVendorRoutes.root(ctx) + "/v2/lists");
        JsonReplies.send(ctx, 200, out);
    }

    void nodes(RoutingContext ctx) {
        String name = ctx.pathParam("listId");
        Optional<List<ListNode>> nodes = ListCatalog.nodes(name);
        if (nodes.isEmpty()) {
            IcimsReplies.notFound(ctx, "List");
            return;
        }
        int size = number(ctx, "size", MAX_SIZE);
        int offset = number(ctx, "offset", 0);
        if (size < 1 || size > MAX_SIZE || offset < 0) {
            IcimsReplies.error(ctx, 400, 0, "size must be between 1 and " + MAX_SIZE + " and offset at least 0.");
            return;
        }
        List<ListNode> all = nodes.get();
        ObjectNode out = JsonReplies.MAPPER.createObjectNode().put("name", name);
        ArrayNode page = out.putArray("nodes");
        all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size())).forEach(n -> page.add(IcimsJson.node(n)));
        String self = IcimsVendorRoutes.root(ctx) + "/v2/lists/" + name;
        ObjectNode links = out.putObject("_links");
        links.putObject("self").put("href", self + "?size=" + size + "&offset=" + offset);
        if (offset + size < all.size()) {
            links.putObject("next").put("href", self + "?size=" + size + "&offset=" + (offset + size));
        }
        JsonReplies.send(ctx, 200, out);
    }

    /** A whole-number query parameter; -1 when it is not one, which the range check refuses. */
    private static int number(RoutingContext ctx, String key, int fallback) {
        String raw = ctx.request().getParam(key);
        if (raw == null) {
            return fallback;
        }
        return raw.matches("\\d{1,6}") ? Integer.parseInt(raw) : -1;
    }
}
