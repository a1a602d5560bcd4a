package dev.atrium.sandbox.phenom.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.phenom.PhenomSimulator;
import dev.atrium.sandbox.phenom.model.User;
import dev.atrium.sandbox.phenom.model.WorkflowStatus;
import dev.atrium.sandbox.phenom.store.PhenomStore;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The tenant's vocabularies: {@code GET /projects-api/v1/workflow-statuses} (from/size, {@code searchName}) and
 * {@code POST /user-management/v1/users/search} (fact sheet 1.4).
 */
final class DirectoryHandlers {

    private final PhenomSimulator simulator;

    DirectoryHandlers(PhenomSimulator simulator) {
        this.simulator = simulator;
    }

    void workflowStatuses(RoutingContext ctx) {
        Optional<Params> window = Params.read(ctx, "from", "size", false, simulator.settings());
        if (window.isEmpty()) {
            return;
        }
        String search = ctx.request().getParam("searchName");
        PhenomStore store = simulator.store();
        List<WorkflowStatus> matches = store.base().statuses().stream()
                .filter(s -> search == null || search.isBlank() || s.name().toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT)))
                .toList();
        PhenomJson json = new PhenomJson(store.base());
        ObjectNode body = PhenomJson.MAPPER.createObjectNode();
        body.put("status", "success");
        body.put("message", "Workflow statuses fetched successfully");
        // The logical clock, not the wall clock: the same calls give the same bytes.
        body.put("timestamp", PhenomJson.iso(store.counts().clock()));
        ArrayNode data = slice(matches, window.get(), json::workflowStatus);
        body.putObject("pagination").put("size", data.size()).put("from", window.get().start()).put("totalCount", matches.size());
        body.set("data", data);
        PhenomReplies.json(ctx, 200, body);
    }

    /** Filters by {@code enabled}, {@code searchKeyword} (name or email), {@code userIds}, {@code usernames}. */
    void searchUsers(RoutingContext ctx) {
        JsonNode query;
        try {
            String raw = ctx.body().asString();
            query = raw == null || raw.isBlank() ? PhenomJson.MAPPER.createObjectNode() : PhenomJson.MAPPER.readTree(raw);
        } catch (IOException e) {
            PhenomReplies.error(ctx, 400, "Request body is not valid JSON");
            return;
        }
        if (query == null || !query.isObject()) {
            PhenomReplies.error(ctx, 400, "Request body must be a JSON object");
            return;
        }
        JsonNode from = query.path("from");
        JsonNode size = query.path("size");
        if ((!from.isMissingNode() && !from.canConvertToInt()) || (!size.isMissingNode() && !size.canConvertToInt())
                || from.asInt(0) < 0 || (!size.isMissingNode() && size.asInt() < 1)) {
            PhenomReplies.error(ctx, 400, "from must be >= 0 and size >= 1");
            return;
        }
        int count = Math.min(size.isMissingNode() ? simulator.settings().defaultLimit() : size.asInt(), simulator.settings().maxLimit());
        Set<String> ids = strings(query.path("userIds"));
        Set<String> names = strings(query.path("usernames"));
        String keyword = query.path("searchKeyword").asText("").toLowerCase(Locale.ROOT);
        JsonNode enabled = query.path("enabled");
        PhenomStore store = simulator.store();
        List<User> matches = store.base().users().stream()
                .filter(u -> !enabled.isBoolean() || u.enabled() == enabled.asBoolean())
                .filter(u -> ids.isEmpty() || ids.contains(u.userId()))
                .filter(u -> names.isEmpty() || names.contains(u.username().toLowerCase(Locale.ROOT)))
                .filter(u -> keyword.isBlank() || (u.fullName() + " " + u.email()).toLowerCase(Locale.ROOT).contains(keyword))
                .toList();
        PhenomJson json = new PhenomJson(store.base());
        ObjectNode body = PhenomJson.MAPPER.createObjectNode();
        body.put("status", "success");
        ArrayNode data = slice(matches, new Params(from.asInt(0), count), json::user);
        body.putObject("pagination").put("from", from.asInt(0)).put("size", data.size()).put("total", matches.size());
        body.set("data", data);
        PhenomReplies.json(ctx, 200, body);
    }

    private static <T> ArrayNode slice(List<T> items, Params window, java.util.function.Function<T, ObjectNode> render) {
        ArrayNode data = PhenomJson.MAPPER.createArrayNode();
        long end = Math.min(items.size(), window.start() + window.count());
        for (long i = window.start(); i < end; i++) {
            data.add(render.apply(items.get((int) i)));
        }
        return data;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(v -> out.add(v.asText().toLowerCase(Locale.ROOT)));
        return out;
    }
}
