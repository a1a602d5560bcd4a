package dev.atrium.engine.store;

/** How many records a sync (or one batch of it) added, changed, left unchanged, deleted and quarantined. */
public record SyncCounts(long added, long changed, long unchanged, long deleted, long quarantined, long requests,
        long pages) {

    public static final SyncCounts ZERO = new SyncCounts(0, 0, 0, 0, 0, 0, 0);

    public SyncCounts plus(SyncCounts other) {
        return new SyncCounts(added + other.added, changed + other.changed, unchanged + other.unchanged,
                deleted + other.deleted, quarantined + other.quarantined, requests + other.requests,
                pages + other.pages);
    }
}
