package dev.atrium.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.Engine;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.mapping.Mapping;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Kombo's {@code GET /v1/tools/{category}}: every tool a mapping connects, with its coverage. Atrium's tools
 * are all ATS; the other categories Kombo knows list none. Also serves each tool's logo and icons
 * ({@code /assets/tools/{tool}/logo.svg}, {@code icon.svg}, {@code icon-black.svg}), drawn from its label, for
 * the URLs the API hands out.
 */
final class ToolRoutes {

    private static final Set<String> CATEGORIES = Set.of("hris", "ats", "assessment", "lms");
    private static final List<String> ASSETS = List.of("logo.svg", "icon.svg", "icon-black.svg");

    private final Engine engine;

    ToolRoutes(Engine engine) {
        this.engine = engine;
    }

    void mount(Router router, BiConsumer<RoutingContext, Function<RoutingContext, JsonNode>> blocking) {
        router.get("/v1/tools/:category").handler(context -> blocking.accept(context, this::tools));
        router.get("/assets/tools/:tool/:file").handler(this::asset);
    }

    private JsonNode tools(RoutingContext context) {
        ApiRequest.authenticateEnvironment(engine.environments(), context.request());
        ListParameters.checkNames(context.queryParams(), Set.of());
        String category = context.pathParam("category");
        if (!CATEGORIES.contains(category)) {
            throw ApiException.invalid("category must be one of ats, hris, assessment, lms, got '"
                    + (category.length() <= 40 ? category : category.substring(0, 40) + "…") + "'");
        }
        ObjectNode data = Json.object();
        ArrayNode tools = data.putArray("tools");
        for (Mapping mapping : engine.mappings().all()) {
            if (!mapping.category().toLowerCase(Locale.ROOT).equals(category)) {
                continue;
            }
            ObjectNode tool = tools.addObject();
            tool.put("id", mapping.tool());
            tool.put("label", mapping.label());
            tool.putNull("internal_label");
            ObjectNode assets = tool.putObject("assets");
            assets.put("logo_url", assetUrl(engine, mapping.tool(), "logo.svg"));
            assets.put("icon_url", assetUrl(engine, mapping.tool(), "icon.svg"));
            assets.put("icon_black_url", assetUrl(engine, mapping.tool(), "icon-black.svg"));
            // Kombo's commercial notes (paid APIs, fast track, partner-only tools) mean nothing here.
            tool.putNull("paid_api_details_markdown");
            tool.putNull("fast_track_details_markdown");
            tool.putNull("partner_only_details_markdown");
            tool.putNull("connection_guide_url");
            ObjectNode coverage = tool.putObject("coverage");
            coverage.set("read_models", CoverageJson.readModels(engine.models(), engine.coverage(mapping.tool()),
                    false));
            coverage.set("write_actions", CoverageJson.writeActions(false));
            coverage.set("features", CoverageJson.features(mapping));
        }
        return data;
    }

    /** Where this Atrium serves an asset of a tool (logo.svg, icon.svg or icon-black.svg). */
    static String assetUrl(Engine engine, String tool, String file) {
        String base = engine.settings().publicUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/assets/tools/" + tool + "/"
                + file;
    }

    /** An SVG of the tool: its initial on a square of a colour of its own, with its label for the logo. */
    private void asset(RoutingContext context) {
        String file = context.pathParam("file");
        Mapping mapping = engine.mappings().find(context.pathParam("tool")).orElse(null);
        if (mapping == null || !ASSETS.contains(file)) {
            Responses.error(context, new ApiException(ErrorCode.INPUT_INVALID, 404, "no asset "
                    + context.request().path() + "; tools have logo.svg, icon.svg and icon-black.svg"));
            return;
        }
        String colour = file.equals("icon-black.svg") ? "#000000"
                : String.format("#%06x", mapping.tool().hashCode() & 0x7f7f7f);
        String label = mapping.label().isBlank() ? mapping.tool() : mapping.label();
        String initial = escape(label.substring(0, 1).toUpperCase(Locale.ROOT));
        String icon = "<rect width=\"64\" height=\"64\" rx=\"12\" fill=\"" + colour + "\"/><text x=\"32\" y=\"43\""
                + " font-family=\"sans-serif\" font-size=\"30\" font-weight=\"bold\" fill=\"#ffffff\""
                + " text-anchor=\"middle\">" + initial + "</text>";
        String svg = file.equals("logo.svg")
                ? "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" height=\"64\" viewBox=\"0 0 320 64\">"
                        + icon + "<text x=\"80\" y=\"43\" font-family=\"sans-serif\" font-size=\"30\" fill=\"#222222\">"
                        + escape(label) + "</text></svg>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\" viewBox=\"0 0 64 64\">"
                        + icon + "</svg>";
        context.response().putHeader("Content-Type", "image/svg+xml").putHeader("Cache-Control", "max-age=86400")
                .end(svg);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
