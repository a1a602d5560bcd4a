package dev.atrium.sandbox.support;

import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The settings a simulator runs with and the store generated from them. New settings regenerate the store
 * only when they change what is generated, so behaviour switches keep the data and its changes; a reset goes
 * back to the start settings and the generated data. Updates and resets are serialised here; reads may come
 * from any thread and see either the old or the new pair.
 *
 * @param <S> the settings record
 * @param <T> the store: generated data plus the changes made to it
 */
public final class SettingsAndStore<S, T> {

    private final S start;
    private final Function<S, T> generate;
    private final BiPredicate<S, S> sameData;
    private final Consumer<T> dropChanges;
    private volatile S settings;
    private volatile T store;

    /**
     * @param generate    a new store for the data these settings describe
     * @param sameData    whether two settings generate the same data
     * @param dropChanges brings a store back to its generated data
     */
    public SettingsAndStore(S start, Function<S, T> generate, BiPredicate<S, S> sameData, Consumer<T> dropChanges) {
        this.start = Objects.requireNonNull(start, "settings");
        this.generate = generate;
        this.sameData = sameData;
        this.dropChanges = dropChanges;
        this.settings = start;
        this.store = generate.apply(start);
    }

    public S settings() {
        return settings;
    }

    public T store() {
        return store;
    }

    /** Switches to {@code next}; answers whether the store was regenerated, which drops every change. */
    public synchronized boolean update(S next) {
        Objects.requireNonNull(next, "settings");
        boolean regenerate = !sameData.test(next, settings);
        if (regenerate) {
            store = generate.apply(next);
        }
        settings = next;
        return regenerate;
    }

    /** Back to the start settings and the generated data. */
    public synchronized void reset() {
        if (!sameData.test(start, settings)) {
            store = generate.apply(start);
        } else {
            dropChanges.accept(store);
        }
        settings = start;
    }
}
