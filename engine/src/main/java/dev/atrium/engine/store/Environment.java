package dev.atrium.engine.store;

/** An environment (e.g. production, development): owns API keys and integrations; nothing crosses between them. */
public record Environment(String id, String name, long createdAt) {
}
