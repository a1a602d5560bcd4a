package dev.atrium.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.Engine;
import dev.atrium.engine.expressions.Timestamps;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.ApiKeyGrant;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.engine.store.SyncRunStore;
import dev.atrium.engine.sync.SyncService;
import dev.atrium.engine.sync.SyncType;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Kombo's {@code POST /v1/force-sync}, and Atrium's readable sync history (readable before the first sync
 * completed: that is when a failed setup sync needs explaining) of an integration
 * ({@code GET /v1/integrations/{id}/syncs}: state, times, counts and errors of each sync, newest first; one
 * sync at {@code .../syncs/{sync_id}}).
 */
final class SyncRoutes {

    private static final int MAX_PAGE = 100;

    private final Engine engine;

    SyncRoutes(Engine engine) {
        this.engine = engine;
    }

    void mount(Router router, BiConsumer<RoutingContext, Function<RoutingContext, JsonNode>> blocking) {
        router.post("/v1/force-sync").handler(context -> blocking.accept(context, this::forceSync));
        router.get("/v1/integrations/:integration_id/syncs").handler(context ->
                blocking.accept(context, this::history));
        router.get("/v1/integrations/:integration_id/syncs/:sync_id").handler(context -> blocking.accept(context,
                this::oneSync));
    }

    private JsonNode forceSync(RoutingContext context) {
        ApiKeyGrant grant = ApiRequest.authenticateEnvironment(engine.environments(), context.request());
        Integration integration = ApiRequest.integrationOf(engine.integrations(), grant,
                ApiRequest.integrationHeader(context.request()), true);
        SyncType requested = requestedType(ApiRequest.jsonBody(context));
        SyncRunStore.Enqueued enqueued;
        try {
            enqueued = engine.syncs().request(integration.id(), requested, "api");
        } catch (SyncService.DisabledException e) {
            // Kombo's general endpoints answer only PLATFORM codes: INTEGRATION.INACTIVE would break the SDK here.
            throw new ApiException(ErrorCode.INPUT_INVALID, 409, "integration " + integration.id() + " is disabled;"
                    + " enable it (PUT /v1/integrations/" + integration.id() + "/enabled {\"value\": true}) to sync it");
        }
        ObjectNode data = Json.object();
        data.put("already_queued", enqueued.alreadyQueued());
        data.put("sync_id", enqueued.run().id());
        data.put("type", enqueued.run().type());
        return data;
    }

    private static SyncType requestedType(JsonNode body) {
        JsonNode type = body.get("type");
        if (type == null || type.isNull()) {
            return SyncType.FULL;
        }
        try {
            return SyncType.valueOf(type.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("type must be FULL or DELTA, got '" + type.asText() + "'");
        }
    }

    private JsonNode history(RoutingContext context) {
        ApiKeyGrant grant = ApiRequest.authenticateEnvironment(engine.environments(), context.request());
        Integration integration = ApiRequest.integrationOf(engine.integrations(), grant,
                context.pathParam("integration_id"), true);
        ListParameters.checkNames(context.queryParams(), Set.of("page_size", "cursor"));
        int pageSize = ListParameters.pageSize(ListParameters.single(context.queryParams(), "page_size"), 20, MAX_PAGE);
        String cursor = ListParameters.single(context.queryParams(), "cursor");
        String before = cursor == null || cursor.isBlank() ? null : Cursor.decode("syncs", cursor);
        List<SyncRun> runs = engine.syncRuns().list(integration.id(), before, pageSize + 1);
        boolean more = runs.size() > pageSize;
        if (more) {
            runs = runs.subList(0, pageSize);
        }
        ObjectNode data = Json.object();
        data.put("next", more ? Cursor.encode("syncs", runs.get(runs.size() - 1).id()) : null);
        ArrayNode results = data.putArray("results");
        runs.forEach(run -> results.add(describe(run)));
        return data;
    }

    /** One sync, with the excerpt of the remote answer that failed it: where sync-finished's log_url points. */
    private JsonNode oneSync(RoutingContext context) {
        ApiKeyGrant grant = ApiRequest.authenticateEnvironment(engine.environments(), context.request());
        Integration integration = ApiRequest.integrationOf(engine.integrations(), grant,
                context.pathParam("integration_id"), true);
        SyncRun run = engine.syncRuns().find(context.pathParam("sync_id"))
                .filter(found -> found.integrationId().equals(integration.id()))
                .orElseThrow(() -> ApiException.invalid("integration " + integration.id() + " has no sync with"
                        + " that id"));
        return describe(run).put("error_detail", run.errorDetail());
    }

    static ObjectNode describe(SyncRun run) {
        ObjectNode out = Json.object();
        out.put("id", run.id());
        out.put("type", run.type());
        out.put("trigger", run.trigger());
        out.put("state", run.state());
        out.put("queued_at", Timestamps.formatMillis(run.queuedAt()));
        out.put("started_at", run.startedAt() == null ? null : Timestamps.formatMillis(run.startedAt()));
        out.put("ended_at", run.endedAt() == null ? null : Timestamps.formatMillis(run.endedAt()));
        out.put("since", run.sinceAt() == null ? null : Timestamps.formatMillis(run.sinceAt()));
        ObjectNode records = out.putObject("records");
        records.put("added", run.counts().added());
        records.put("changed", run.counts().changed());
        records.put("unchanged", run.counts().unchanged());
        records.put("deleted", run.counts().deleted());
        records.put("quarantined", run.counts().quarantined());
        out.put("requests", run.counts().requests());
        out.put("pages", run.counts().pages());
        out.put("attempts", run.attempts());
        out.putPOJO("changed_models", run.changedModels());
        out.put("error", run.error());
        out.put("error_kind", run.errorKind());
        return out;
    }

}
