package dev.atrium.sandbox.sagehr.model;

import java.util.List;

/**
 * The ordered stages of one position. Each stage remembers its place in the company's master
 * list of stage titles, which gives it a stable id in both stage scopes.
 */
public record Pipeline(List<String> titles, List<Integer> masterIndexes) {

    public Pipeline {
        titles = List.copyOf(titles);
        masterIndexes = List.copyOf(masterIndexes);
        if (titles.isEmpty() || titles.size() != masterIndexes.size()) {
            throw new IllegalArgumentException("a pipeline needs at least one stage");
        }
    }

    public int size() {
        return titles.size();
    }

    public int lastIndex() {
        return titles.size() - 1;
    }

    public String title(int stageIndex) {
        return titles.get(stageIndex);
    }
}
