package dev.atrium.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.Engine;
import dev.atrium.engine.expressions.Timestamps;
import dev.atrium.engine.ids.RecordIds;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.store.ApiKeyGrant;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.sync.IntegrationStatus;
import dev.atrium.engine.webhooks.WebhookPayloads;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Kombo's integration management for an environment's key: the details of an integration with its coverage
 * ({@code GET /v1/integrations/{id}}), deleting it with all its data ({@code DELETE}), and disabling or
 * enabling its syncs ({@code PUT .../enabled}). Another environment's integration is not found.
 */
final class IntegrationRoutes {

    private final Engine engine;

    IntegrationRoutes(Engine engine) {
        this.engine = engine;
    }

    void mount(Router router, BiConsumer<RoutingContext, Function<RoutingContext, JsonNode>> blocking) {
        router.get("/v1/integrations/:integration_id").handler(context -> blocking.accept(context, this::details));
        router.delete("/v1/integrations/:integration_id").handler(context -> blocking.accept(context, this::delete));
        router.put("/v1/integrations/:integration_id/enabled").handler(context ->
                blocking.accept(context, this::setEnabled));
    }

    /** The integration of the path, in the key's environment; readable before its first sync completed. */
    private Integration integration(RoutingContext context) {
        ApiKeyGrant grant = ApiRequest.authenticateEnvironment(engine.environments(), context.request());
        Integration integration = ApiRequest.integrationOf(engine.integrations(), grant,
                context.pathParam("integration_id"), true);
        ListParameters.checkNames(context.queryParams(), Set.of());
        return integration;
    }

    private JsonNode details(RoutingContext context) {
        Integration integration = integration(context);
        Mapping mapping = engine.mappings().find(integration.tool()).orElse(null);
        ObjectNode data = Json.object();
        data.put("id", integration.id());
        ObjectNode tool = data.putObject("tool");
        tool.put("id", integration.tool());
        tool.put("label", mapping == null ? integration.tool() : mapping.label());
        tool.putNull("internal_label");
        tool.put("logo_url", ToolRoutes.assetUrl(engine, integration.tool(), "logo.svg"));
        tool.put("icon_url", ToolRoutes.assetUrl(engine, integration.tool(), "icon.svg"));
        data.put("category", mapping == null ? "ATS" : mapping.category().toUpperCase(Locale.ROOT));
        data.put("status", engine.lifecycle().status(integration).name());
        data.put("setup_status", IntegrationStatus.setupStatus(integration));
        WebhookPayloads.endUser(data, integration.endUser());
        // Atrium has no scope configs (an integration syncs all its mapping reads), yet clients may keep the
        // id: one derived from the integration stays the same for its whole life.
        ObjectNode scope = data.putObject("scope_config");
        scope.put("id", RecordIds.of(integration.id(), "scope_config", "all"));
        scope.putNull("name");
        // Set by Kombo when a changed configuration made the synced data stale; nothing in Atrium does that.
        data.putNull("data_expired_at");
        data.put("created_at", Timestamps.formatMillis(integration.createdAt()));
        data.put("beta", false);
        data.set("read_models", CoverageJson.readModels(engine.models(), engine.coverage(integration.tool()), true));
        data.set("write_actions", CoverageJson.writeActions(true));
        return data;
    }

    private JsonNode delete(RoutingContext context) {
        Integration integration = integration(context);
        requireOnly(ApiRequest.jsonBody(context), Set.of());
        if (!engine.lifecycle().delete(integration)) {
            // Deleted by a request that came just before this one.
            throw new ApiException(ErrorCode.INTEGRATION_NOT_FOUND, "no integration '" + integration.id()
                    + "' in this environment");
        }
        return Json.object();
    }

    private JsonNode setEnabled(RoutingContext context) {
        Integration integration = integration(context);
        JsonNode body = ApiRequest.jsonBody(context);
        requireOnly(body, Set.of("value"));
        JsonNode value = body.get("value");
        if (value == null || !value.isBoolean()) {
            throw ApiException.invalid("value must be true or false, got " + (value == null ? "nothing"
                    : abbreviate(value.toString())));
        }
        engine.lifecycle().setEnabled(integration, value.booleanValue());
        return Json.object();
    }

    /** Refuses body fields the endpoint does not take, naming them. */
    private static void requireOnly(JsonNode body, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                unknown.add(abbreviate(name));
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("unknown body field" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + (allowed.isEmpty() ? "; this endpoint takes an empty object"
                    : "; this endpoint takes " + String.join(", ", new TreeSet<>(allowed))));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
