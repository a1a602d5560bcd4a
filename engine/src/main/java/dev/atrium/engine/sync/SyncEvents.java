package dev.atrium.engine.sync;

import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;

/** What the rest of Atrium hears about finished syncs, e.g. to send webhooks. */
public interface SyncEvents {


    /** A sync ended (SUCCEEDED, FAILED or CANCELLED); its run carries the counts and the changed models. */
    void syncFinished(SyncRun run, Integration integration);
}
