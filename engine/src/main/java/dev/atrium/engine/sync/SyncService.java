package dev.atrium.engine.sync;

import dev.atrium.engine.loading.Mappings;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.IntegrationStore;
import dev.atrium.engine.store.SyncRun;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Starts syncs by integration id, never two at once for the same integration. */
public final class SyncService {

    /** A sync of this integration is already running. */
    public static final class AlreadyRunningException extends RuntimeException {
        public AlreadyRunningException(String integrationId) {
            super("a sync of " + integrationId + " is already running");
        }
    }

    private final SyncRunner runner;
    private final IntegrationStore integrations;
    private final Mappings mappings;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    public SyncService(SyncRunner runner, IntegrationStore integrations, Mappings mappings) {
        this.runner = runner;
        this.integrations = integrations;
        this.mappings = mappings;
    }

    /** Runs a sync on the calling thread (never an event loop) and returns its history entry. */
    public SyncRun sync(String integrationId, SyncType type) {
        Integration integration = integrations.find(integrationId)
                .orElseThrow(() -> new IllegalArgumentException("no integration " + integrationId));
        Mapping mapping = mappings.find(integration.tool()).orElseThrow(() -> new IllegalStateException(
                "integration " + integrationId + " uses tool '" + integration.tool() + "', which has no mapping"));
        if (!running.add(integrationId)) {
            throw new AlreadyRunningException(integrationId);
        }
        try {
            return runner.run(integration, mapping, type);
        } finally {
            running.remove(integrationId);
        }
    }
}
