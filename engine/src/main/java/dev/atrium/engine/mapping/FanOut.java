package dev.atrium.engine.mapping;

/** Run a stream once per record of {@code stream}, with that record bound to {@code $as}. */
public record FanOut(String stream, String as) {
}
