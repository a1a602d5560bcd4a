package dev.atrium.engine.store;

/** A new API key: the plain key exists only here, shown once; the store keeps its hash. */
public record CreatedApiKey(String id, String key, ApiKeyGrant.Scope scope, String environmentId) {
}
