package dev.atrium.engine.webhooks;

import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.IntegrationStore;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.engine.store.SyncRunStore;
import dev.atrium.engine.store.WebhookStore;
import dev.atrium.engine.sync.SyncEvents;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns finished syncs into queued webhooks. The sync's node queues them right after the sync ends; should
 * it die in between, a sweep (run by the delivery loop of any node) queues those of every finished sync not
 * announced yet, so no sync ends unannounced.
 */
public final class WebhookOutbox implements SyncEvents {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookOutbox.class);
    /** A sync that ended longer ago than this is not announced late: its news is stale. */
    private static final Duration SWEEP_WINDOW = Duration.ofHours(24);
    private static final int SWEEP_BATCH = 100;

    private final WebhookStore webhooks;
    private final SyncRunStore runs;
    private final IntegrationStore integrations;
    private final WebhookPayloads payloads;

    public WebhookOutbox(WebhookStore webhooks, SyncRunStore runs, IntegrationStore integrations,
            WebhookPayloads payloads) {
        this.webhooks = webhooks;
        this.runs = runs;
        this.integrations = integrations;
        this.payloads = payloads;
    }

    @Override
    public void syncFinished(SyncRun run, Integration integration) {
        try {
            // As stored now, not as the sync found it: the sync may have completed its setup.
            announce(run, integrations.find(integration.id()).orElse(integration));
        } catch (RuntimeException e) {
            // The sweep queues them later; a sync's outcome never depends on its webhooks.
            LOG.atWarn().addKeyValue("integration", integration.id()).addKeyValue("sync", run.id())
                    .addKeyValue("error", e.getMessage()).log("webhook.announce_failed");
        }
    }

    /** Queues the webhooks of finished syncs nobody announced yet; returns how many syncs it announced. */
    public int sweep(long now) {
        int announced = 0;
        List<String> pending = webhooks.unannouncedRuns(now - SWEEP_WINDOW.toMillis(), SWEEP_BATCH);
        for (String syncId : pending) {
            SyncRun run = runs.find(syncId).orElse(null);
            Integration integration = run == null ? null : integrations.find(run.integrationId()).orElse(null);
            if (integration != null && announce(run, integration)) {
                announced++;
            }
        }
        return announced;
    }

    private boolean announce(SyncRun run, Integration integration) {
        List<WebhookStore.Event> events = payloads.forFinishedSync(run,
                runs.lastConcluded(integration.id(), run), integration);
        boolean queued = webhooks.announce(run.id(), integration.environmentId(), events, System.currentTimeMillis());
        if (queued) {
            LOG.atDebug().addKeyValue("integration", integration.id()).addKeyValue("sync", run.id())
                    .addKeyValue("events", events.size()).log("webhook.announced");
        }
        return queued;
    }
}
