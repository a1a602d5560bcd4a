package dev.atrium.server.cli;

import dev.atrium.engine.store.SyncRun;

/** One-line human summaries for the terminal. */
final class Summaries {

    private Summaries() {
    }

    static String syncRun(SyncRun run) {
        String counts = "added " + run.counts().added() + ", changed " + run.counts().changed() + ", unchanged "
                + run.counts().unchanged() + ", deleted " + run.counts().deleted() + ", quarantined "
                + run.counts().quarantined() + " (" + run.counts().requests() + " requests)";
        long millis = run.endedAt() == null ? 0 : run.endedAt() - run.startedAt();
        String line = "sync " + run.id() + " of " + run.integrationId() + ": " + run.state() + " in " + millis + " ms; "
                + counts;
        return run.error() == null ? line : line + "\n  error: " + run.error();
    }
}
