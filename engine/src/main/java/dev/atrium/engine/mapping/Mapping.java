package dev.atrium.engine.mapping;

import dev.atrium.engine.expressions.ValueMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One connector, loaded from its mapping file and fully checked: how to reach the tool, which streams to
 * read and how each remote record becomes unified records. Everything the executor needs, nothing
 * tool-specific in code.
 *
 * @param tool       the tool id, also the file name (mappings/<tool>.yaml)
 * @param source     where the mapping came from, for messages
 * @param connection the fields an operator supplies to connect an integration, in file order
 * @param streams    the streams in file order; parents always come before the children that fan out over them
 * @param passthrough the tool's APIs that passthrough requests may reach, by name (empty when it declares none)
 */
public record Mapping(
        String tool,
        String label,
        String category,
        String description,
        String source,
        Map<String, ConnectionField> connection,
        HttpSettings http,
        Map<String, StreamSpec> streams,
        Map<String, ValueMap> valueMaps,
        List<Feature> features,
        SyncSettings sync,
        Map<String, PassthroughApi> passthrough) {

    public Mapping {
        connection = Map.copyOf(connection);
        passthrough = Map.copyOf(passthrough);
        valueMaps = Map.copyOf(valueMaps);
        features = List.copyOf(features);
    }

    /** Streams that read from the tool directly (no fan-out), in file order. */
    public List<StreamSpec> rootStreams() {
        return streams.values().stream().filter(stream -> stream.forEach() == null).toList();
    }

    /** Streams that fan out over the given stream's records, in file order. */
    public List<StreamSpec> childrenOf(String stream) {
        return streams.values().stream()
                .filter(child -> child.forEach() != null && child.forEach().stream().equals(stream))
                .toList();
    }

    /** Every model some stream of this mapping emits. */
    public Set<String> models() {
        Set<String> models = new LinkedHashSet<>();
        streams.values().forEach(stream -> stream.emits().forEach(emit -> models.add(emit.model())));
        return models;
    }

    public StreamSpec stream(String name) {
        return streams.get(name);
    }

    /** Whether DELTA syncs are possible: some stream can filter by {@code $since}. */
    public boolean supportsDelta() {
        return streams.values().stream().anyMatch(StreamSpec::incremental);
    }
}
