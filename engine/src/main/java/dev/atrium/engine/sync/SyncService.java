package dev.atrium.engine.sync;

import dev.atrium.engine.loading.Mappings;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.IntegrationStore;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.engine.store.SyncRunStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks for syncs and runs them: at most one queued or running per integration (across every node), each run
 * under a lease this node renews while it works, so another node takes over a sync whose node died. The
 * schedule of an integration moves forward whenever a sync is queued for it, manual ones included.
 */
public final class SyncService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    private static final long PROGRESS_LOG_MILLIS = 10_000;

    /** A sync of this integration is already running (on this node or another). */
    public static final class AlreadyRunningException extends RuntimeException {
        public AlreadyRunningException(String integrationId) {
            super("a sync of " + integrationId + " is already running");
        }
    }

    /** The integration is disabled: it syncs again once enabled. */
    public static final class DisabledException extends RuntimeException {
        public DisabledException(String integrationId) {
            super("integration " + integrationId + " is disabled; enable it to sync it");
        }
    }

    private final SyncRunner runner;
    private final SyncRunStore runs;
    private final IntegrationStore integrations;
    private final Mappings mappings;
    private final SyncEvents events;
    private final SyncSchedule schedule;
    private final String nodeId;
    private final Duration lease;
    /** The lease flags of the syncs running on this node by sync id, to stop one or all of them. */
    private final Map<String, AtomicBoolean> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "atrium-sync-lease");
        thread.setDaemon(true);
        return thread;
    });

    public SyncService(SyncRunner runner, SyncRunStore runs, IntegrationStore integrations, Mappings mappings,
            SyncEvents events, SyncSchedule schedule, String nodeId, Duration lease) {
        this.runner = runner;
        this.runs = runs;
        this.integrations = integrations;
        this.mappings = mappings;
        this.events = events;
        this.schedule = schedule;
        this.nodeId = nodeId;
        this.lease = lease;
    }

    public String nodeId() {
        return nodeId;
    }

    /**
     * Queues a sync (Kombo's force-sync). A DELTA request becomes FULL when the tool cannot filter by change
     * or nothing was synced yet; when a sync is already queued or running, that one is returned. A disabled
     * integration is refused ({@link DisabledException}).
     */
    public SyncRunStore.Enqueued request(String integrationId, SyncType requested, String trigger) {
        Integration integration = integration(integrationId);
        if (!integration.enabled()) {
            throw new DisabledException(integrationId);
        }
        Mapping mapping = mapping(integration);
        SyncType type = effectiveType(integration, mapping, requested);
        long now = System.currentTimeMillis();
        SyncRunStore.Enqueued enqueued = runs.enqueue(integrationId, type.name(), trigger, now);
        if (!enqueued.alreadyQueued()) {
            schedule.moved(integration, mapping, type, now);
            LOG.atInfo().addKeyValue("integration", integrationId).addKeyValue("sync", enqueued.run().id())
                    .addKeyValue("type", type).addKeyValue("trigger", trigger).log("sync.queued");
        }
        return enqueued;
    }

    /** Queues a sync and runs it on the calling thread (never an event loop); fails if one is already running. */
    public SyncRun runNow(String integrationId, SyncType requested, String trigger, SyncListener listener) {
        SyncRunStore.Enqueued enqueued = request(integrationId, requested, trigger);
        if ("RUNNING".equals(enqueued.run().state())) {
            throw new AlreadyRunningException(integrationId);
        }
        SyncRun claimed = runs.claim(nodeId, System.currentTimeMillis(), lease.toMillis(), enqueued.run().id())
                .orElseThrow(() -> new AlreadyRunningException(integrationId));
        return execute(claimed, listener);
    }

    /** Claims the next sync that is due (queued, or abandoned by a dead node) and runs it here. */
    public Optional<SyncRun> runNext(SyncListener listener) {
        return claimNext().map(claimed -> execute(claimed, listener));
    }

    /** The integrations with a sync queued or running, on any node. */
    public Set<String> activeIntegrations() {
        return runs.activeIntegrations();
    }

    /** Claims the next sync that is due, without running it (the scheduler hands it to a worker). */
    public Optional<SyncRun> claimNext() {
        return runs.claim(nodeId, System.currentTimeMillis(), lease.toMillis(), null);
    }

    /** Runs a sync this node claimed, renewing its lease meanwhile. */
    public SyncRun execute(SyncRun claimed, SyncListener listener) {
        Integration integration = integrations.find(claimed.integrationId()).orElse(null);
        Mapping mapping = integration == null ? null : mappings.find(integration.tool()).orElse(null);
        if (integration == null || mapping == null || !integration.enabled()) {
            // A sync queued just as its integration was disabled (or deleted) never runs.
            runs.finish(claimed.id(), nodeId, "CANCELLED", claimed.counts(), List.of(),
                    integration == null ? "the integration was deleted"
                            : mapping == null ? "no mapping for tool " + integration.tool()
                            : "the integration is disabled", null, null);
            return runs.find(claimed.id()).orElse(claimed);
        }
        AtomicBoolean held = new AtomicBoolean(true);
        running.put(claimed.id(), held);
        // The first renewal at once: a sync cancelled between its claim and now stops at its first page.
        long every = Math.max(1_000, lease.toMillis() / 3);
        ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(() -> {
            try {
                if (!runs.renew(claimed.id(), nodeId, System.currentTimeMillis() + lease.toMillis())) {
                    held.set(false);
                }
            } catch (RuntimeException e) {
                LOG.atWarn().addKeyValue("sync", claimed.id()).addKeyValue("error", e.getMessage())
                        .log("sync.lease_renewal_failed");
            }
        }, 0, every, TimeUnit.MILLISECONDS);
        try {
            SyncRun finished = runner.run(claimed, integration, mapping,
                    Listeners.of(listener, new ProgressLog(integration.id(), PROGRESS_LOG_MILLIS)), held::get, nodeId);
            if (!finished.active()) {
                events.syncFinished(finished, integration);
            }
            return finished;
        } finally {
            heartbeat.cancel(false);
            synchronized (running) {
                running.remove(claimed.id());
                running.notifyAll();
            }
        }
    }

    /** Waits, at most {@code timeout}, until no sync runs on this node (after {@link #stopRunning()}). */
    public void awaitStopped(Duration timeout) {
        if (!awaitNotRunning(running::isEmpty, timeout)) {
            LOG.atWarn().addKeyValue("node", nodeId).addKeyValue("syncs", running.size())
                    .log("sync.still_running_at_shutdown");
        }
    }

    /**
     * Cancels the integration's queued or running sync, wherever it runs, and waits (at most {@code timeout})
     * until this node no longer runs it; returns the cancelled sync. A sync running on another node loses its
     * lease and stops at its next page.
     */
    public Optional<SyncRun> cancelActive(String integrationId, String reason, Duration timeout) {
        Optional<SyncRun> active = runs.active(integrationId);
        if (active.isEmpty() || !runs.cancel(active.get().id(), reason)) {
            return Optional.empty();
        }
        String syncId = active.get().id();
        AtomicBoolean held = running.get(syncId);
        if (held != null) {
            held.set(false);
            if (!awaitNotRunning(() -> !running.containsKey(syncId), timeout)) {
                LOG.atWarn().addKeyValue("integration", integrationId).addKeyValue("sync", syncId)
                        .log("sync.still_running_after_cancel");
            }
        }
        LOG.atInfo().addKeyValue("integration", integrationId).addKeyValue("sync", syncId)
                .addKeyValue("reason", reason).log("sync.cancelled");
        return runs.find(syncId);
    }

    /** Waits until {@code done} holds (checked whenever a sync of this node ends); false on timeout. */
    private boolean awaitNotRunning(BooleanSupplier done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (running) {
            while (!done.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    running.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Stops this node's running syncs at their next page, as a node shutting down must: their stored pages
     * and checkpoints stay, and {@link #releaseLeases()} lets another node (or this one, restarted) resume
     * them at once instead of after their lease ran out.
     */
    public void stopRunning() {
        running.values().forEach(held -> held.set(false));
    }

    /** Gives up the leases of syncs this node no longer runs (after {@link #stopRunning()}). */
    public void releaseLeases() {
        int released = runs.releaseLeases(nodeId);
        if (released > 0) {
            LOG.atInfo().addKeyValue("node", nodeId).addKeyValue("syncs", released).log("sync.leases_released");
        }
    }

    /** The type a sync can have: DELTA only when the mapping can filter by change and a sync succeeded before. */
    SyncType effectiveType(Integration integration, Mapping mapping, SyncType requested) {
        if (requested == SyncType.DELTA
                && (!mapping.supportsDelta() || runs.lastSuccessStart(integration.id()).isEmpty())) {
            return SyncType.FULL;
        }
        return requested;
    }

    private Integration integration(String integrationId) {
        return integrations.find(integrationId)
                .orElseThrow(() -> new IllegalArgumentException("no integration " + integrationId));
    }

    private Mapping mapping(Integration integration) {
        return mappings.find(integration.tool()).orElseThrow(() -> new IllegalStateException("integration "
                + integration.id() + " uses tool '" + integration.tool() + "', which has no mapping"));
    }

    @Override
    public void close() {
        heartbeats.shutdownNow();
    }
}
