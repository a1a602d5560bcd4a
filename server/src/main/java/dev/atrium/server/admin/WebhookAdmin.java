package dev.atrium.server.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.Engine;
import dev.atrium.engine.expressions.Timestamps;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.Environment;
import dev.atrium.engine.store.WebhookDelivery;
import dev.atrium.engine.store.WebhookEndpoint;
import dev.atrium.engine.store.WebhookStore;
import dev.atrium.engine.webhooks.WebhookTypes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The operator's webhook operations, shared by the command line and the admin routes. */
public final class WebhookAdmin {

    private final Engine engine;
    private final IntegrationAdmin integrations;

    public WebhookAdmin(Engine engine) {
        this.engine = engine;
        this.integrations = new IntegrationAdmin(engine);
    }

    /** Adds an endpoint to an environment; {@code events} empty means every webhook type. */
    public WebhookStore.Created create(String environment, String url, List<String> events) {
        Environment target = integrations.environment(environment);
        if (url == null || url.isBlank()) {
            throw new IntegrationAdmin.InvalidInput("a webhook endpoint needs a url");
        }
        String checked = IntegrationAdmin.checkUrl(url, "webhook url");
        List<String> types = events == null || events.isEmpty() ? WebhookTypes.ALL
                : new ArrayList<>(new LinkedHashSet<>(events));
        for (String type : types) {
            if (!WebhookTypes.ALL.contains(type)) {
                throw new IntegrationAdmin.InvalidInput("unknown webhook type '" + type + "'; available: "
                        + String.join(", ", WebhookTypes.ALL));
            }
        }
        return engine.webhooks().createEndpoint(target.id(), checked, types, System.currentTimeMillis());
    }

    public List<WebhookEndpoint> list(String environment) {
        return engine.webhooks().endpoints(integrations.environment(environment).id());
    }

    public void delete(String endpointId) {
        if (!engine.webhooks().deleteEndpoint(endpointId)) {
            throw new IntegrationAdmin.InvalidInput("no webhook endpoint '" + endpointId + "'");
        }
    }

    public List<WebhookDelivery> deliveries(String endpointId, int limit) {
        if (engine.webhooks().endpoint(endpointId).isEmpty()) {
            throw new IntegrationAdmin.InvalidInput("no webhook endpoint '" + endpointId + "'");
        }
        return engine.webhooks().deliveries(endpointId, limit);
    }

    public static ObjectNode describe(WebhookEndpoint endpoint) {
        ObjectNode out = Json.object();
        out.put("id", endpoint.id());
        out.put("environment_id", endpoint.environmentId());
        out.put("url", endpoint.url());
        endpoint.events().forEach(out.putArray("events")::add);
        out.put("created_at", Timestamps.formatMillis(endpoint.createdAt()));
        return out;
    }

    public static ObjectNode describe(WebhookDelivery delivery) {
        ObjectNode out = Json.object();
        out.put("id", delivery.id());
        out.put("event_id", delivery.eventId());
        out.put("type", delivery.type());
        out.put("state", delivery.state());
        out.put("attempts", delivery.attempts());
        out.put("created_at", Timestamps.formatMillis(delivery.createdAt()));
        out.put("next_attempt_at", "PENDING".equals(delivery.state())
                ? Timestamps.formatMillis(delivery.nextAttemptAt()) : null);
        out.put("delivered_at", delivery.deliveredAt() == null ? null : Timestamps.formatMillis(delivery.deliveredAt()));
        out.put("last_status", delivery.lastStatus());
        out.put("last_error", delivery.lastError());
        return out;
    }
}
