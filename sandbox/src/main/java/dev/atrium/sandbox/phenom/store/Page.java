package dev.atrium.sandbox.phenom.store;

import dev.atrium.sandbox.phenom.model.Application;
import java.util.List;

/** One page of applications and how many match in all. */
public record Page(List<Application> items, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
