package dev.atrium.engine.sync;

/**
 * Kinds of sync. A FULL sync reads everything and is the only one that may mark records deleted; a DELTA sync
 * reads only what changed since the last successful sync, where the mapping can filter by change.
 */
public enum SyncType {
    FULL,
    DELTA
}
