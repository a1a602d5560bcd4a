package dev.atrium.engine.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * One connected tool account of one environment: which mapping runs it, where it is reached, its
 * connection values (secrets included, so never log or serve this object as is), its settings and its
 * sync schedule.
 *
 * @param baseUrl overrides the mapping's base URL when set (e.g. to point at the sandbox)
 * @param firstSyncCompletedAt null until a sync has completed; reads wait for it
 * @param fullSyncIntervalMinutes null for the default interval
 * @param nextFullSyncAt when the scheduler queues the next FULL sync; null for as soon as possible
 */
public record Integration(String id, String environmentId, String tool, String baseUrl,
        Map<String, String> connection, ObjectNode settings, EndUser endUser, boolean enabled,
        long createdAt, Long firstSyncCompletedAt, Integer fullSyncIntervalMinutes, Integer deltaSyncIntervalMinutes,
        Long nextFullSyncAt, Long nextDeltaSyncAt) {

    public Integration {
        connection = Map.copyOf(connection);
        endUser = endUser == null ? EndUser.UNKNOWN : endUser;
    }

    /** The same integration with syncing turned on or off. */
    public Integration withEnabled(boolean newEnabled) {
        return new Integration(id, environmentId, tool, baseUrl, connection, settings, endUser, newEnabled, createdAt,
                firstSyncCompletedAt, fullSyncIntervalMinutes, deltaSyncIntervalMinutes, nextFullSyncAt,
                nextDeltaSyncAt);
    }

    @Override
    public String toString() {
        // Connection values may be secrets: never let them reach a log line through toString.
        return "Integration[" + id + "]";
    }
}
