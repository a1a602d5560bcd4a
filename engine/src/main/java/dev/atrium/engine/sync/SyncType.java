package dev.atrium.engine.sync;

/** Kinds of sync. A full sync reads everything and is the only one that may mark records deleted. */
public enum SyncType {
    FULL
}
