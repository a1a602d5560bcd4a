package dev.atrium.engine.store;

import java.util.List;

/**
 * One sync of one integration as the history keeps it.
 *
 * @param type        FULL or DELTA
 * @param trigger     what asked for it: schedule, api (force-sync), cli, demo
 * @param state       QUEUED, RUNNING, SUCCEEDED, FAILED or CANCELLED
 * @param sinceAt     for a DELTA sync, the time records must have changed after (epoch ms), once started
 * @param attempts    how many times a node took it up (more than one after a node died mid-sync)
 * @param changedModels the unified models whose records this sync added, changed or deleted
 * @param errorKind   what kind of failure ended it, e.g. AUTHENTICATION (a remote failure's kind), else null
 */
public record SyncRun(String id, String integrationId, String type, String trigger, String state, long queuedAt,
        Long startedAt, Long endedAt, Long sinceAt, int attempts, SyncCounts counts, List<String> changedModels,
        String error, String errorKind, String errorDetail) {

    public SyncRun {
        changedModels = changedModels == null ? List.of() : List.copyOf(changedModels);
    }

    public boolean active() {
        return "QUEUED".equals(state) || "RUNNING".equals(state);
    }
}
