package dev.atrium.engine;

import dev.atrium.engine.store.Secrets;
import dev.atrium.engine.sync.SyncSchedule;
import dev.atrium.engine.webhooks.WebhookPolicy;
import java.time.Duration;

/**
 * How an engine is set up: where the store is, the key that encrypts secrets in it, this node's name in sync
 * leases, how long a lease lasts, the default schedule, whether mappings' request budgets apply (only
 * benchmarks against the sandbox turn them off), where this Atrium is reached (for links in webhooks) and how
 * webhooks are delivered.
 */
public record EngineSettings(String databaseUrl, Secrets secrets, String nodeId, Duration lease,
        SyncSchedule.Defaults schedule, boolean honourRateLimits, String publicUrl, WebhookPolicy webhooks) {

    public static EngineSettings of(String databaseUrl, Secrets secrets) {
        return new EngineSettings(databaseUrl, secrets, NodeIds.random(), Duration.ofSeconds(60),
                SyncSchedule.Defaults.kombo(), true, "http://localhost:8080", WebhookPolicy.standard());
    }

    public EngineSettings withLease(Duration newLease) {
        return new EngineSettings(databaseUrl, secrets, nodeId, newLease, schedule, honourRateLimits, publicUrl,
                webhooks);
    }

    public EngineSettings withNodeId(String newNodeId) {
        return new EngineSettings(databaseUrl, secrets, newNodeId, lease, schedule, honourRateLimits, publicUrl,
                webhooks);
    }

    public EngineSettings withoutRateLimits() {
        return new EngineSettings(databaseUrl, secrets, nodeId, lease, schedule, false, publicUrl, webhooks);
    }

    public EngineSettings withPublicUrl(String newPublicUrl) {
        return new EngineSettings(databaseUrl, secrets, nodeId, lease, schedule, honourRateLimits, newPublicUrl,
                webhooks);
    }

    public EngineSettings withWebhooks(WebhookPolicy newWebhooks) {
        return new EngineSettings(databaseUrl, secrets, nodeId, lease, schedule, honourRateLimits, publicUrl,
                newWebhooks);
    }

    /** Node names: host name and a random suffix, so two processes on one host differ. */
    static final class NodeIds {
        private NodeIds() {
        }

        static String random() {
            String host;
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                host = "node";
            }
            return host + "-" + dev.atrium.engine.ids.RecordIds.random().substring(0, 8);
        }
    }
}
