package dev.atrium.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.Engine;
import dev.atrium.engine.expressions.Timestamps;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.ApiKeyGrant;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.IntegrationSettings;
import dev.atrium.engine.store.TrackedApplication;
import dev.atrium.server.admin.IntegrationAdmin;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Kombo's {@code POST /v1/ats/import-tracked-application}: follow an application that exists in the tool
 * already, so that with "sync only created applications" on the next sync reads it and its candidate. The body
 * names the integration's tool, as Kombo's does: {@code {"tracked_at": ..., "<tool>": {"id_type": ...,
 * "application_remote_id": ..., "candidate_remote_id": ...}}}.
 */
final class TrackedApplicationRoutes {

    private static final Set<String> ID_TYPES = Set.of("application_remote_id", "application_and_candidate_remote_ids");

    private final Engine engine;
    private final IntegrationAdmin admin;

    TrackedApplicationRoutes(Engine engine) {
        this.engine = engine;
        this.admin = new IntegrationAdmin(engine);
    }

    void mount(Router router, BiConsumer<RoutingContext, Function<RoutingContext, JsonNode>> blocking) {
        router.post("/v1/ats/import-tracked-application").handler(context -> blocking.accept(context, this::track));
    }

    private JsonNode track(RoutingContext context) {
        ApiKeyGrant grant = ApiRequest.authenticateEnvironment(engine.environments(), context.request());
        Integration integration = ApiRequest.integrationOf(engine.integrations(), grant,
                ApiRequest.integrationHeader(context.request()), true);
        JsonNode body = ApiRequest.jsonBody(context);
        long trackedAt = trackedAt(body.get("tracked_at"));
        JsonNode imported = body.get(integration.tool());
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("tracked_at") && !name.equals(integration.tool())) {
                throw ApiException.invalid("unexpected key '" + name + "': the body takes tracked_at and the"
                        + " integration's tool, " + integration.tool());
            }
        }
        if (imported == null || !imported.isObject()) {
            throw ApiException.invalid(integration.tool() + " must be an object with id_type and"
                    + " application_remote_id");
        }
        String idType = imported.path("id_type").asText(null);
        if (idType == null || !ID_TYPES.contains(idType)) {
            throw ApiException.invalid(integration.tool() + ".id_type must be application_remote_id or"
                    + " application_and_candidate_remote_ids");
        }
        String application = text(imported, integration.tool(), "application_remote_id");
        String candidate = idType.equals("application_remote_id") ? null
                : text(imported, integration.tool(), "candidate_remote_id");
        TrackedApplication tracked;
        try {
            tracked = admin.trackApplication(integration.id(), application, candidate,
                    trackedAt);
        } catch (IntegrationAdmin.InvalidInput e) {
            throw ApiException.invalid(e.getMessage());
        }
        ObjectNode data = Json.object();
        data.put("id", tracked.applicationId());
        data.put("tracked_at", Timestamps.formatMillis(tracked.trackedAt()));
        data.set("imported_id", imported);
        if (!IntegrationSettings.of(integration.settings()).syncOnlyCreatedApplications()) {
            Responses.warnings(context, List.of("this integration syncs every application"
                    + " (sync_only_created_applications is off), so tracking changes nothing until it is turned on"));
        } else {
            Responses.warnings(context, List.of());
        }
        return data;
    }

    private static long trackedAt(JsonNode value) {
        if (value == null || value.isNull()) {
            return System.currentTimeMillis();
        }
        try {
            return Instant.parse(value.asText()).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("tracked_at must be an ISO 8601 date-time or null, got '" + value.asText()
                    + "'");
        }
    }

    private static String text(JsonNode object, String tool, String key) {
        JsonNode value = object.get(key);
        if (value == null || !(value.isTextual() || value.isIntegralNumber()) || value.asText().isBlank()) {
            throw ApiException.invalid(tool + "." + key + " is required (text)");
        }
        return value.asText();
    }
}
