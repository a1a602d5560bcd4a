package dev.atrium.engine.store;

/** What a presented API key grants: one environment's API, or the installation's admin operations. */
public record ApiKeyGrant(String keyId, Scope scope, String environmentId) {

    /** The two kinds of key. */
    public enum Scope {
        ENVIRONMENT, ADMIN
    }
}
