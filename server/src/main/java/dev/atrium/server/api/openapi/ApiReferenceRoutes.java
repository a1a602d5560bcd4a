package dev.atrium.server.api.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.json.Json;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;

/**
 * Serves the API reference, which needs no API key: {@code GET /v1/openapi.json} (the OpenAPI document),
 * {@code GET /v1/docs} (the same as a web page) and {@code GET /docs} (a redirect to it). Both are rendered
 * once per process and served from memory, on the event loop.
 */
public final class ApiReferenceRoutes {

    /** The page may load nothing from anywhere, itself included, apart from its inline style. */
    private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none';"
            + " form-action 'none'; frame-ancestors 'none'";

    /** Mounts the routes; call before the routes that require an API key. */
    public void mount(Router router) {
        Rendered rendered = Rendered.INSTANCE;
        router.get("/v1/openapi.json").handler(context -> serve(context, rendered.json, "application/json; charset=utf-8"));
        router.get("/v1/docs").handler(context -> {
            context.response().putHeader("Content-Security-Policy", PAGE_POLICY);
            serve(context, rendered.page, "text/html; charset=utf-8");
        });
        router.get("/docs").handler(context -> context.redirect("/v1/docs"));
    }

    private static void serve(RoutingContext context, byte[] body, String type) {
        context.response().putHeader("Content-Type", type).putHeader("Cache-Control", "no-cache")
                .end(Buffer.buffer(body));
    }

    /** The document and the page, rendered when first needed (class initialisation makes that happen once). */
    private static final class Rendered {

        static final Rendered INSTANCE = new Rendered(OpenApiDocument.get());

        final byte[] json;
        final byte[] page;

        private Rendered(ObjectNode document) {
            json = Json.write(document).getBytes(StandardCharsets.UTF_8);
            page = ApiReferencePage.render(document).getBytes(StandardCharsets.UTF_8);
        }
    }
}
