package dev.atrium.sandbox.icims.search;

import java.util.Map;
import java.util.function.Function;

/**
 * One searchable profile type: its filter prefix ({@code person}, {@code job}, {@code applicantworkflow}) and
 * the filterable fields, each with how to read it from a record. A field reads as null when it has no value.
 *
 * @param <T> the record searched
 */
public record SearchType<T>(String prefix, Map<String, Field<T>> fields) {

    /** One filterable field. */
    public record Field<T>(FieldKind kind, Function<T, Object> read) {
    }

    public SearchType {
        fields = Map.copyOf(fields);
    }

    public static <T> Field<T> field(FieldKind kind, Function<T, Object> read) {
        return new Field<>(kind, read);
    }
}
