package dev.atrium.engine.sync;

import dev.atrium.engine.store.SyncRun;
import java.util.List;

/** Several listeners of one sync as one. */
public final class Listeners implements SyncListener {

    private final List<SyncListener> listeners;

    private Listeners(List<SyncListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    public static SyncListener of(SyncListener... listeners) {
        return new Listeners(List.of(listeners));
    }

    @Override
    public void page(String stream, long pages, long records, Long total) {
        listeners.forEach(listener -> listener.page(stream, pages, records, total));
    }

    @Override
    public void finished(SyncRun run, PhaseTimes phases) {
        listeners.forEach(listener -> listener.finished(run, phases));
    }
}
