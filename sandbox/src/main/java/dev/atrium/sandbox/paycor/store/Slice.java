package dev.atrium.sandbox.paycor.store;

import java.util.List;

/** One page of records and whether more follow it. */
public record Slice<T>(List<T> items, boolean hasMore) {

    public Slice {
        items = List.copyOf(items);
    }
}
