package dev.atrium.engine.sync;

import dev.atrium.engine.loading.Mappings;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.IntegrationStore;
import dev.atrium.engine.store.SyncRun;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduling loop of one node: every tick it queues the syncs that are due and hands queued syncs (or
 * syncs a dead node left behind) to its workers, up to their number. Several nodes may run this loop over one
 * store: the queue's unique index and leases keep each integration's syncs one at a time.
 */
public final class SyncScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);

    private final SyncService service;
    private final IntegrationStore integrations;
    private final Mappings mappings;
    private final SyncSchedule schedule;
    private final int workers;
    private final Duration tick;
    private final SyncListener listener;
    private final AtomicInteger busy = new AtomicInteger();
    private final ExecutorService pool;
    private final Thread loop;
    private volatile boolean running = true;

    public SyncScheduler(SyncService service, IntegrationStore integrations, Mappings mappings, SyncSchedule schedule,
            int workers, Duration tick, SyncListener listener) {
        this.service = service;
        this.integrations = integrations;
        this.mappings = mappings;
        this.schedule = schedule;
        this.workers = workers;
        this.tick = tick;
        this.listener = listener;
        AtomicInteger counter = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "atrium-sync-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.loop = new Thread(this::loop, "atrium-scheduler");
        this.loop.setDaemon(true);
    }

    public void start() {
        loop.start();
        LOG.atInfo().addKeyValue("node", service.nodeId()).addKeyValue("workers", workers)
                .addKeyValue("tick_ms", tick.toMillis()).log("scheduler.started");
    }

    private void loop() {
        while (running) {
            try {
                queueDue();
                dispatch();
            } catch (RuntimeException e) {
                LOG.atError().addKeyValue("error", e.getMessage()).setCause(e).log("scheduler.tick_failed");
            }
            try {
                Thread.sleep(tick.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Queues every sync that is due; one already queued or running for an integration is left alone. */
    void queueDue() {
        long now = System.currentTimeMillis();
        // Asking again for an integration whose sync is still queued or running changes nothing; skipping it
        // saves a write transaction per round while a long sync holds the store's writer.
        Set<String> active = service.activeIntegrations();
        for (Integration integration : integrations.listEnabled()) {
            Optional<Mapping> mapping = mappings.find(integration.tool());
            if (mapping.isEmpty() || active.contains(integration.id())) {
                continue;
            }
            Optional<SyncType> due = schedule.due(integration, mapping.get(), now);
            if (due.isPresent()) {
                try {
                    service.request(integration.id(), due.get(), "schedule");
                } catch (RuntimeException e) {
                    LOG.atWarn().addKeyValue("integration", integration.id()).addKeyValue("error", e.getMessage())
                            .log("scheduler.queue_failed");
                }
            }
        }
    }

    /** Hands claimed syncs to free workers. */
    void dispatch() {
        while (running && busy.get() < workers) {
            Optional<SyncRun> claimed = service.claimNext();
            if (claimed.isEmpty()) {
                return;
            }
            busy.incrementAndGet();
            pool.submit(() -> {
                try {
                    service.execute(claimed.get(), listener);
                } catch (RuntimeException e) {
                    LOG.atError().addKeyValue("sync", claimed.get().id()).addKeyValue("error", e.getMessage())
                            .setCause(e).log("scheduler.sync_crashed");
                } finally {
                    busy.decrementAndGet();
                }
            });
        }
    }

    @Override
    public void close() {
        running = false;
        loop.interrupt();
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
    }
}
