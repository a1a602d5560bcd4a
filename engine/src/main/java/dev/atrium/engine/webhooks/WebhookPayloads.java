package dev.atrium.engine.webhooks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.expressions.Timestamps;
import dev.atrium.engine.ids.RecordIds;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.engine.store.EndUser;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.engine.store.WebhookStore;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The webhooks a finished sync causes, in the shapes of Kombo's wire contract: always {@code sync-finished},
 * and {@code data-changed} when the sync added, changed or deleted records (named by Kombo's model names).
 */
public final class WebhookPayloads {

    private static final String CATEGORY = "ATS";

    private final ModelCatalog models;
    private final String publicUrl;

    /** @param publicUrl where this Atrium is reached, for the {@code log_url} of sync-finished */
    public WebhookPayloads(ModelCatalog models, String publicUrl) {
        this.models = models;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public List<WebhookStore.Event> forFinishedSync(SyncRun run, Integration integration) {
        List<WebhookStore.Event> events = new ArrayList<>();
        TreeSet<String> changed = new TreeSet<>();
        for (String model : run.changedModels()) {
            if (models.has(model) && models.get(model).komboModel() != null) {
                changed.add(models.get(model).komboModel());
            }
        }
        if (!changed.isEmpty()) {
            ObjectNode data = integrationFields(Json.object(), integration);
            ArrayNode names = data.putArray("changed_models");
            changed.forEach(name -> names.addObject().put("name", name));
            events.add(event(WebhookTypes.DATA_CHANGED, data));
        }
        events.add(event(WebhookTypes.SYNC_FINISHED, syncFinished(run, integration)));
        return events;
    }

    private ObjectNode syncFinished(SyncRun run, Integration integration) {
        long started = run.startedAt() != null ? run.startedAt() : run.queuedAt();
        long ended = run.endedAt() != null ? run.endedAt() : started;
        ObjectNode data = Json.object();
        data.put("sync_id", run.id());
        data.put("sync_state", syncState(run));
        data.put("sync_started_at", Timestamps.formatMillis(started));
        data.put("sync_ended_at", Timestamps.formatMillis(ended));
        data.put("sync_duration_seconds", Math.max(0, Math.round((ended - started) / 1000.0)));
        integrationFields(data, integration);
        ObjectNode endUser = data.putObject("end_user");
        // Kombo's contract has organization_name required and non-null.
        EndUser who = integration.endUser();
        endUser.put("organization_name", who.organizationName() == null ? "" : who.organizationName());
        endUser.put("creator_email", who.creatorEmail());
        endUser.put("origin_id", who.originId());
        data.put("log_url", publicUrl + "/v1/integrations/" + integration.id() + "/syncs/" + run.id());
        return data;
    }

    /**
     * Kombo's sync states: a sync that quarantined records finished with non-fatal errors (PARTIALLY_FAILED),
     * one that failed on refused credentials is AUTHENTICATION_FAILED.
     */
    static String syncState(SyncRun run) {
        return switch (run.state()) {
            case "SUCCEEDED" -> run.counts().quarantined() > 0 ? "PARTIALLY_FAILED" : "SUCCEEDED";
            case "FAILED" -> "AUTHENTICATION".equals(run.errorKind()) ? "AUTHENTICATION_FAILED" : "FAILED";
            default -> run.state();
        };
    }

    private static ObjectNode integrationFields(ObjectNode data, Integration integration) {
        data.put("integration_id", integration.id());
        data.put("integration_tool", integration.tool());
        data.put("integration_category", CATEGORY);
        return data;
    }

    private static WebhookStore.Event event(String type, ObjectNode data) {
        String id = RecordIds.random();
        ObjectNode payload = Json.object();
        payload.put("id", id);
        payload.put("type", type);
        payload.set("data", data);
        return new WebhookStore.Event(id, type, Json.write(payload));
    }
}
