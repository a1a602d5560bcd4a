package dev.atrium.engine.store;

import java.util.List;

/**
 * A URL of one environment that receives webhooks; its signing secret is kept encrypted and shown only once,
 * when the endpoint is created.
 *
 * @param events the webhook types sent to it, e.g. data-changed and sync-finished
 */
public record WebhookEndpoint(String id, String environmentId, String url, List<String> events, long createdAt) {

    public WebhookEndpoint {
        events = List.copyOf(events);
    }
}
