package dev.atrium.sandbox.support.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What the shared control API calls on one simulator. {@code S} is its settings record, {@code Q} its
 * mutation request record; both travel as JSON under their own property names.
 *
 * @param settingsType   the settings record, read from the merged JSON of {@code PUT /settings}
 * @param settings       the current settings
 * @param updateSettings switches to new settings and answers them
 * @param mutationType   the mutation request record
 * @param noMutation     the request an empty {@code POST /mutations} body stands for
 * @param mutate         applies a request and answers what it touched, rendered as JSON
 * @param reset          back to the generated data and the start settings
 * @param state          the {@code GET /state} body
 */
public record ControlOperations<S, Q>(
        Class<S> settingsType,
        Supplier<S> settings,
        UnaryOperator<S> updateSettings,
        Class<Q> mutationType,
        Q noMutation,
        Function<Q, ?> mutate,
        Runnable reset,
        Supplier<? extends JsonNode> state) {
}
