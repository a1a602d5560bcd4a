package dev.atrium.engine.mapping;

import dev.atrium.engine.expressions.Expression;

/**
 * One unified model a stream produces. The transform gets the remote record as input and returns an
 * object, an array of objects, or nothing.
 */
public record Emit(String model, Expression transform) {
}
