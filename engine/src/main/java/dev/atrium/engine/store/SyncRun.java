package dev.atrium.engine.store;

/**
 * One sync of one integration as the history keeps it.
 *
 * @param state RUNNING, SUCCEEDED or FAILED
 */
public record SyncRun(String id, String integrationId, String type, String state, long startedAt, Long endedAt,
        SyncCounts counts, String error, String errorDetail) {
}
