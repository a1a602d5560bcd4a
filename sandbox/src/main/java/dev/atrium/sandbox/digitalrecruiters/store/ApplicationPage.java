package dev.atrium.sandbox.digitalrecruiters.store;

import dev.atrium.sandbox.digitalrecruiters.model.Application;
import java.util.List;

/** One page of applications and how many match in all. */
public record ApplicationPage(List<Application> items, long total) {

    public ApplicationPage {
        items = List.copyOf(items);
    }
}
