package dev.atrium.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.Engine;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.ApiKeyGrant;
import dev.atrium.engine.store.CreatedApiKey;
import dev.atrium.engine.store.EndUser;
import dev.atrium.engine.store.Environment;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.IntegrationSettings;
import dev.atrium.engine.store.WebhookStore;
import dev.atrium.server.api.ApiException;
import dev.atrium.server.api.ApiRequest;
import dev.atrium.server.api.ErrorCode;
import dev.atrium.server.api.ListParameters;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The operators' HTTP routes under /admin, for an admin key only: the same operations as the command line
 * (create environments, API keys, integrations and webhook endpoints; follow webhook deliveries).
 */
public final class AdminRoutes {

    private static final int MAX_DELIVERIES = 200;

    private final Engine engine;
    private final IntegrationAdmin admin;
    private final WebhookAdmin webhooks;

    public AdminRoutes(Engine engine) {
        this.engine = engine;
        this.admin = new IntegrationAdmin(engine);
        this.webhooks = new WebhookAdmin(engine);
    }

    /** Mounts the routes; {@code blocking} runs a handler's work on a worker thread and writes the envelope. */
    public void mount(Router router, BiConsumer<RoutingContext, Function<RoutingContext, JsonNode>> blocking) {
        router.post("/admin/environments").handler(context -> blocking.accept(context, ctx -> {
            authorize(ctx);
            Environment environment = guarded(() -> admin.createEnvironment(text(ApiRequest.jsonBody(ctx), "name")));
            return Json.object().put("id", environment.id()).put("name", environment.name());
        }));
        router.post("/admin/api-keys").handler(context -> blocking.accept(context, ctx -> {
            authorize(ctx);
            JsonNode body = ApiRequest.jsonBody(ctx);
            CreatedApiKey key = guarded(() -> admin.createApiKey(text(body, "environment"),
                    flag(body, "admin"), text(body, "label")));
            ObjectNode out = Json.object().put("id", key.id()).put("key", key.key());
            out.put("scope", key.scope().name().toLowerCase());
            out.put("environment_id", key.environmentId());
            return out;
        }));
        router.post("/admin/integrations").handler(context -> blocking.accept(context, ctx -> {
            authorize(ctx);
            JsonNode body = ApiRequest.jsonBody(ctx);
            Integration integration = guarded(() -> admin.createIntegration(text(body, "environment"),
                    text(body, "tool"), connection(body.path("connection")),
                    text(body, "base_url"), new EndUser(text(body, "end_user_organization_name"),
                            text(body, "end_user_email"), text(body, "end_user_origin_id")),
                    settings(body.get("settings"))));
            return IntegrationAdmin.describe(integration);
        }));
        router.patch("/admin/integrations/:id/settings").handler(context -> blocking.accept(context, ctx -> {
            authorize(ctx);
            JsonNode body = ApiRequest.jsonBody(ctx);
            ObjectNode settings = guarded(() -> admin.updateSettings(ctx.pathParam("id"), settings(body)));
            ObjectNode out = Json.object();
            out.put("id", ctx.pathParam("id"));
            out.set("settings", IntegrationSettings.of(settings).toJson());
            return out;
        }));
        mountWebhooks(router, blocking);
        new CustomFieldRoutes(engine).mount(router, blocking, this::authorize);
    }

    private void mountWebhooks(Router router, BiConsumer<RoutingContext, Function<RoutingContext, JsonNode>> blocking) {
        router.post("/admin/webhooks").handler(context -> blocking.accept(context, ctx -> {
            authorize(ctx);
            JsonNode body = ApiRequest.jsonBody(ctx);
            WebhookStore.Created created = guarded(() -> webhooks.create(text(body, "environment"),
                    text(body, "url"), texts(body.path("events"), "events")));
            // The only time the secret is shown: receivers need it to check signatures.
            return WebhookAdmin.describe(created.endpoint()).put("secret", created.secret());
        }));
        router.get("/admin/webhooks").handler(context -> blocking.accept(context, ctx -> {
            authorize(ctx);
            ArrayNode out = Json.MAPPER.createArrayNode();
            guarded(() -> webhooks.list(ctx.request().getParam("environment"))).forEach(endpoint ->
                    out.add(WebhookAdmin.describe(endpoint)));
            return Json.object().set("results", out);
        }));
        router.delete("/admin/webhooks/:id").handler(context -> blocking.accept(context, ctx -> {
            authorize(ctx);
            guarded(() -> {
                webhooks.delete(ctx.pathParam("id"));
                return null;
            });
            return Json.object();
        }));
        router.get("/admin/webhooks/:id/deliveries").handler(context -> blocking.accept(context, ctx -> {
            authorize(ctx);
            int limit = ListParameters.pageSize(ctx.request().getParam("page_size"), 50, MAX_DELIVERIES);
            ArrayNode out = Json.MAPPER.createArrayNode();
            guarded(() -> webhooks.deliveries(ctx.pathParam("id"), limit)).forEach(delivery ->
                    out.add(WebhookAdmin.describe(delivery)));
            return Json.object().set("results", out);
        }));
    }

    /** A text field of a request body: absent or null is null, anything but text is refused. */
    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.invalid(field + " must be text");
        }
        return value.asText();
    }

    private static boolean flag(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw ApiException.invalid(field + " must be true or false");
        }
        return value.asBoolean();
    }

    private static List<String> texts(JsonNode node, String field) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw ApiException.invalid(field + " must be a list of texts");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw ApiException.invalid(field + " must be a list of texts");
            }
            values.add(item.asText());
        }
        return values;
    }

    private void authorize(RoutingContext context) {
        ApiKeyGrant grant = ApiRequest.authenticate(engine.environments(), context.request());
        if (grant.scope() != ApiKeyGrant.Scope.ADMIN) {
            throw new ApiException(ErrorCode.AUTHENTICATION_INVALID, "the admin routes need an admin key");
        }
    }

    private static Map<String, String> connection(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        if (!node.isMissingNode() && !node.isObject()) {
            throw ApiException.invalid("connection must be an object of field name to value");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().isValueNode() || field.getValue().isNull()) {
                throw ApiException.invalid("connection." + field.getKey() + " must be a text value");
            }
            values.put(field.getKey(), field.getValue().asText());
        }
        return values;
    }

    /** Settings given as a JSON object (null or absent: none). */
    private static ObjectNode settings(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Json.object();
        }
        if (!node.isObject()) {
            throw ApiException.invalid("settings must be an object of setting name to value");
        }
        return (ObjectNode) node;
    }

    /** Runs an operator's operation; input it refuses becomes PLATFORM.INPUT_INVALID. */
    static <T> T guarded(java.util.function.Supplier<T> operation) {
        try {
            return operation.get();
        } catch (IntegrationAdmin.InvalidInput e) {
            throw ApiException.invalid(e.getMessage());
        }
    }
}
