package dev.atrium.engine.loading;

import java.util.List;
import java.util.stream.Collectors;

/** Mapping files have problems; carries all of them, so they can be fixed in one go. */
public class MappingLoadException extends RuntimeException {

    private final List<MappingProblem> problems;

    public MappingLoadException(List<MappingProblem> problems) {
        super(problems.size() + " problem(s) in mapping files:\n"
                + problems.stream().map(MappingProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<MappingProblem> problems() {
        return problems;
    }
}
