package dev.atrium.engine.loading;

import dev.atrium.engine.mapping.Mapping;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The loaded connectors, by tool id. */
public final class Mappings {

    private final Map<String, Mapping> byTool;

    public Mappings(Collection<Mapping> mappings) {
        Map<String, Mapping> sorted = new TreeMap<>();
        mappings.forEach(mapping -> sorted.put(mapping.tool(), mapping));
        this.byTool = Map.copyOf(sorted);
    }

    public Optional<Mapping> find(String tool) {
        return Optional.ofNullable(byTool.get(tool));
    }

    public Mapping get(String tool) {
        return find(tool).orElseThrow(() -> new IllegalArgumentException("no mapping for tool '" + tool + "'"));
    }

    public Collection<Mapping> all() {
        return new TreeMap<>(byTool).values();
    }

    public boolean isEmpty() {
        return byTool.isEmpty();
    }
}
