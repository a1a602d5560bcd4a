package dev.atrium.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.atrium.engine.Engine;
import dev.atrium.engine.json.Json;
import dev.atrium.server.api.ApiRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The operators' routes for custom field definitions: {@code POST /admin/custom-fields}, {@code GET
 * /admin/custom-fields?environment=} and {@code DELETE /admin/custom-fields/{id}}.
 */
final class CustomFieldRoutes {

    private final CustomFieldAdmin customFields;

    CustomFieldRoutes(Engine engine) {
        this.customFields = new CustomFieldAdmin(engine);
    }

    /** Mounts the routes; {@code authorize} refuses any key but an admin key. */
    void mount(Router router, BiConsumer<RoutingContext, Function<RoutingContext, JsonNode>> blocking,
            Consumer<RoutingContext> authorize) {
        router.post("/admin/custom-fields").handler(context -> blocking.accept(context, ctx -> {
            authorize.accept(ctx);
            JsonNode body = ApiRequest.jsonBody(ctx);
            return CustomFieldAdmin.describe(AdminRoutes.guarded(() -> customFields.create(
                    AdminRoutes.text(body, "environment"), AdminRoutes.text(body, "model"),
                    AdminRoutes.text(body, "key"), AdminRoutes.text(body, "label"),
                    AdminRoutes.text(body, "description"))));
        }));
        router.get("/admin/custom-fields").handler(context -> blocking.accept(context, ctx -> {
            authorize.accept(ctx);
            ArrayNode out = Json.MAPPER.createArrayNode();
            AdminRoutes.guarded(() -> customFields.list(ctx.request().getParam("environment")))
                    .forEach(field -> out.add(CustomFieldAdmin.describe(field)));
            return Json.object().set("results", out);
        }));
        router.delete("/admin/custom-fields/:id").handler(context -> blocking.accept(context, ctx -> {
            authorize.accept(ctx);
            AdminRoutes.guarded(() -> {
                customFields.delete(ctx.pathParam("id"));
                return null;
            });
            return Json.object();
        }));
    }
}
