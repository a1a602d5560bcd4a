package dev.atrium.engine.sync;

import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import java.util.Optional;

/**
 * An integration's status as Kombo names it: INACTIVE when an operator or client disabled it, INVALID when
 * its last sync failed because the tool refused its credentials, else ACTIVE.
 */
public enum IntegrationStatus {
    ACTIVE,
    INVALID,
    INACTIVE;

    /** The status given the integration and its newest concluded sync (see {@code SyncRunStore.lastConcluded}). */
    public static IntegrationStatus of(Integration integration, Optional<SyncRun> lastConcluded) {
        if (!integration.enabled()) {
            return INACTIVE;
        }
        return lastConcluded.filter(IntegrationStatus::failedOnCredentials).isPresent() ? INVALID : ACTIVE;
    }

    /** Whether a sync failed because the tool refused the credentials (or no token could be obtained). */
    public static boolean failedOnCredentials(SyncRun run) {
        return "FAILED".equals(run.state()) && "AUTHENTICATION".equals(run.errorKind());
    }

    /**
     * Kombo's setup status: COMPLETED once a sync completed (data is served from then on), else the first
     * sync is pending. Atrium has no setup steps, so never INCOMPLETE.
     */
    public static String setupStatus(Integration integration) {
        return integration.firstSyncCompletedAt() != null ? "COMPLETED" : "FINAL_SYNC_PENDING";
    }
}
