package dev.atrium.engine.sync;

import dev.atrium.engine.store.SyncRun;

/** Follows a running sync: the terminal's progress bars, progress log lines, the benchmark's timings. */
public interface SyncListener {

    /** Nothing to follow. */
    SyncListener NONE = new SyncListener() {
    };

    /**
     * A page of a stream was read and stored. Counts are cumulative for the stream in this sync (over every
     * parent record for a fan-out stream).
     *
     * @param total the records the tool says the stream has, when it says so
     */
    default void page(String stream, long pages, long records, Long total) {
    }

    /** The sync ended; {@code phases} splits its time between fetching, transforming and storing. */
    default void finished(SyncRun run, PhaseTimes phases) {
    }
}
