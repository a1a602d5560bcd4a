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
import dev.atrium.engine.sync.IntegrationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Atrium's webhooks in the shapes of Kombo's wire contract. A finished sync causes {@code sync-finished}
 * always, {@code data-changed} when it added, changed or deleted records (named by Kombo's model names) and
 * {@code integration-state-changed} when it changed the integration's status; deleting, disabling and
 * enabling an integration cause {@code integration-deleted} and {@code integration-state-changed}.
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

    /**
     * The webhooks of a finished sync; {@code previous} is the integration's concluded sync before it (see
     * {@code SyncRunStore.lastConcluded}), to tell whether the sync changed the integration's status.
     */
    public List<WebhookStore.Event> forFinishedSync(SyncRun run, Optional<SyncRun> previous,
            Integration integration) {
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
        // A concluded sync sets the status: refused credentials make it INVALID, the next success ACTIVE again.
        boolean concluded = "SUCCEEDED".equals(run.state()) || "FAILED".equals(run.state());
        if (concluded && IntegrationStatus.of(integration, Optional.of(run))
                != IntegrationStatus.of(integration, previous)) {
            events.add(stateChanged(integration, IntegrationStatus.of(integration, Optional.of(run)),
                    run.endedAt() != null ? run.endedAt() : System.currentTimeMillis()));
        }
        return events;
    }

    /** Kombo's {@code integration-deleted}: the integration as it was, and when it was deleted. */
    public WebhookStore.Event integrationDeleted(Integration integration, long deletedAt) {
        ObjectNode data = Json.object();
        data.put("id", integration.id());
        data.put("tool", integration.tool());
        data.put("category", CATEGORY);
        endUser(data, integration.endUser());
        data.put("deleted_at", Timestamps.formatMillis(deletedAt));
        return event(WebhookTypes.INTEGRATION_DELETED, data);
    }

    /** Kombo's {@code integration-state-changed}, with the integration's new status as its {@code state}. */
    public WebhookStore.Event stateChanged(Integration integration, IntegrationStatus state, long at) {
        ObjectNode data = integrationFields(Json.object(), integration);
        endUser(data, integration.endUser());
        // Atrium runs no quality assurance of new integrations: each passes.
        data.put("qa_status", "PASSED");
        data.put("setup_status", IntegrationStatus.setupStatus(integration));
        data.put("state", state.name());
        data.put("updated_at", Timestamps.formatMillis(at));
        return event(WebhookTypes.INTEGRATION_STATE_CHANGED, data);
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
        endUser(data, integration.endUser());
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
            case "FAILED" -> IntegrationStatus.failedOnCredentials(run) ? "AUTHENTICATION_FAILED" : "FAILED";
            default -> run.state();
        };
    }

    /** Kombo's {@code end_user} object, as webhooks and the integration's details carry it. */
    public static ObjectNode endUser(ObjectNode parent, EndUser who) {
        ObjectNode endUser = parent.putObject("end_user");
        // Kombo's contract has organization_name required and non-null.
        endUser.put("organization_name", who.organizationName() == null ? "" : who.organizationName());
        endUser.put("creator_email", who.creatorEmail());
        endUser.put("origin_id", who.originId());
        return endUser;
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
