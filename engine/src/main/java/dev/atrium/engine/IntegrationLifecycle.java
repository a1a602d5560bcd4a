package dev.atrium.engine;

import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.IntegrationStore;
import dev.atrium.engine.store.SyncRunStore;
import dev.atrium.engine.sync.IntegrationStatus;
import dev.atrium.engine.sync.SyncService;
import dev.atrium.engine.webhooks.WebhookPayloads;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Disabling, enabling and deleting integrations, with what each implies for their syncs and webhooks. A
 * disabled integration keeps its connection values and data (reads go on) but is never synced; deleting one
 * removes everything kept for it. A sync in the way is cancelled first, and one running on this node is
 * waited out, so nothing it writes outlives a deletion.
 */
public final class IntegrationLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationLifecycle.class);
    /** How long a running sync may take to reach its next page and stop. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final IntegrationStore integrations;
    private final SyncRunStore runs;
    private final SyncService syncs;
    private final WebhookPayloads payloads;

    IntegrationLifecycle(IntegrationStore integrations, SyncRunStore runs, SyncService syncs,
            WebhookPayloads payloads) {
        this.integrations = integrations;
        this.runs = runs;
        this.syncs = syncs;
        this.payloads = payloads;
    }

    /** The integration's status now: INACTIVE, INVALID (credentials refused by its last sync) or ACTIVE. */
    public IntegrationStatus status(Integration integration) {
        return IntegrationStatus.of(integration, runs.lastConcluded(integration.id(), null));
    }

    /**
     * Turns syncing on or off; returns whether the state changed (and {@code integration-state-changed} was
     * queued with it). Disabling cancels the queued or running sync; enabling lets the scheduler queue the
     * syncs that fell due meanwhile.
     */
    public boolean setEnabled(Integration integration, boolean enabled) {
        // As stored now: the caller's copy may predate a sync that completed meanwhile.
        Integration after = integrations.find(integration.id()).orElse(integration).withEnabled(enabled);
        boolean changed = integrations.setEnabled(integration.id(), enabled,
                List.of(payloads.stateChanged(after, status(after), System.currentTimeMillis())));
        if (!enabled) {
            // Also when it was disabled already: a sync may have been queued just before that.
            syncs.cancelActive(integration.id(), "the integration was disabled", STOP_WAIT);
        }
        if (changed) {
            LOG.atInfo().addKeyValue("integration", integration.id()).addKeyValue("enabled", enabled)
                    .log(enabled ? "integration.enabled" : "integration.disabled");
        }
        return changed;
    }

    /**
     * Deletes the integration and everything kept for it, and queues {@code integration-deleted}; false when
     * it was deleted already.
     */
    public boolean delete(Integration integration) {
        // Disabled first, so no scheduler queues a sync between the cancellation and the deletion.
        integrations.setEnabled(integration.id(), false, List.of());
        syncs.cancelActive(integration.id(), "the integration was deleted", STOP_WAIT);
        boolean deleted = integrations.delete(integration.id(),
                List.of(payloads.integrationDeleted(integration, System.currentTimeMillis())));
        if (deleted) {
            LOG.atInfo().addKeyValue("integration", integration.id()).log("integration.deleted");
        }
        return deleted;
    }
}
