package dev.atrium.engine.loading;

import java.util.List;

/** What loading mapping files gave: the good mappings and every problem of the bad ones. */
public record LoadResult(Mappings mappings, List<MappingProblem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The mappings, or a {@link MappingLoadException} listing every problem: a server never starts on a broken file. */
    public Mappings orThrow() {
        if (!ok()) {
            throw new MappingLoadException(problems);
        }
        return mappings;
    }
}
