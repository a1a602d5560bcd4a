package dev.atrium.engine.mapping;

import java.time.Duration;

/** At most {@code requests} requests per {@code window}, per integration. */
public record RateLimit(int requests, Duration window) {
}
