package dev.atrium.engine.mapping;

import dev.atrium.engine.expressions.Expression;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One unified model a stream produces. The transform gets the remote record as input and returns an
 * object, an array of objects, or nothing.
 *
 * @param notes what a user should know about some fields of the model, by field name in file order (the
 *              notes of the tool's coverage document); they feed the generated connector pages
 */
public record Emit(String model, Expression transform, Map<String, String> notes) {

    public Emit {
        // Kept in file order: the generated pages list notes as the mapping author wrote them.
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    /** An emit without field notes. */
    public Emit(String model, Expression transform) {
        this(model, transform, Map.of());
    }
}
