package dev.atrium.engine.mapping;

import dev.atrium.engine.expressions.ResultShapes;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.engine.models.ModelSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which sync models and fields a mapping provides, found once by reading each emit's transform (never by
 * running it). A model is provided when some stream emits it; a field when some emit of that model sets it to
 * something other than a literal {@code null}, or Atrium fills it for every emitted record: {@code id},
 * {@code changed_at} and {@code remote_deleted_at} always, {@code remote_data} (the raw record) wherever a
 * transform leaves it out, and {@code custom_fields} and {@code integration_fields} from the raw record as
 * each integration selects.
 */
public final class MappingCoverage {

    /** Fields the store sets on every record it keeps. */
    private static final List<String> ALWAYS = List.of("id", "changed_at", "remote_deleted_at");
    /** Fields every sync fills from the raw record, whatever the transform (the integration's field selection). */
    private static final List<String> FROM_RAW_RECORD = List.of("custom_fields", "integration_fields");
    /** Filled with the raw record when a transform does not name it. */
    private static final String REMOTE_DATA = "remote_data";

    private static final MappingCoverage NONE = new MappingCoverage(Map.of(), List.of());

    private final Map<String, Set<String>> fields;
    private final List<String> unreadable;

    private MappingCoverage(Map<String, Set<String>> fields, List<String> unreadable) {
        this.fields = fields;
        this.unreadable = unreadable;
    }

    /** Reads the coverage of a mapping whose emits name models of the catalog (as a loaded mapping's do). */
    public static MappingCoverage of(Mapping mapping, ModelCatalog models) {
        Map<String, Set<String>> provided = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (StreamSpec stream : mapping.streams().values()) {
            for (Emit emit : stream.emits()) {
                ModelSchema schema = models.get(emit.model());
                Set<String> found = provided.computeIfAbsent(emit.model(), model -> new HashSet<>());
                ALWAYS.forEach(found::add);
                FROM_RAW_RECORD.forEach(found::add);
                ResultShapes.Analysis analysis = ResultShapes.of(emit.transform());
                for (ResultShapes.Shape shape : analysis.shapes()) {
                    found.addAll(shape.valuedKeys());
                    if (!shape.keys().contains(REMOTE_DATA)) {
                        found.add(REMOTE_DATA);
                    }
                }
                found.retainAll(schema.properties());
                analysis.unreadable().forEach(excerpt -> unreadable.add("stream " + stream.name() + ", model "
                        + emit.model() + ": " + excerpt));
            }
        }
        Map<String, Set<String>> ordered = new LinkedHashMap<>();
        provided.forEach((model, found) -> {
            // In schema order, as the API lists a model's fields.
            Set<String> inOrder = new LinkedHashSet<>();
            models.get(model).properties().stream().filter(found::contains).forEach(inOrder::add);
            ordered.put(model, Collections.unmodifiableSet(inOrder));
        });
        return new MappingCoverage(Collections.unmodifiableMap(ordered), List.copyOf(unreadable));
    }

    /** The coverage of no mapping at all: nothing is provided. */
    public static MappingCoverage none() {
        return NONE;
    }

    /** Whether some stream emits the sync model (e.g. {@code jobs}). */
    public boolean providesModel(String model) {
        return fields.containsKey(model);
    }

    /** Whether the mapping provides a top-level field of a sync model. */
    public boolean providesField(String model, String field) {
        return fields(model).contains(field);
    }

    /** The provided fields of a sync model in schema order; empty when the model is not provided. */
    public Set<String> fields(String model) {
        return fields.getOrDefault(model, Set.of());
    }

    /** The provided sync models, in the order the mapping first emits them. */
    public Set<String> models() {
        return fields.keySet();
    }

    /**
     * Transform results that are not object constructors with literal keys (named by stream, model and an
     * excerpt): their fields cannot be read, so they add only the fields Atrium fills itself.
     */
    public List<String> unreadable() {
        return unreadable;
    }
}
