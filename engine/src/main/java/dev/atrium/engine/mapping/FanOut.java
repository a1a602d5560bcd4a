package dev.atrium.engine.mapping;

import dev.atrium.engine.expressions.Expression;

/**
 * Run a stream once per record of {@code stream}, with that record bound to {@code $as}; when {@code where} is
 * set, only for the parent records it holds true for (e.g. jobs that name a questionnaire).
 */
public record FanOut(String stream, String as, Expression where) {

    public FanOut(String stream, String as) {
        this(stream, as, null);
    }
}
