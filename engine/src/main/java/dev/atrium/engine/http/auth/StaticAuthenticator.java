package dev.atrium.engine.http.auth;

/** Credentials that never change (no auth, Basic, an API key, a fixed bearer token): nothing to renew. */
public final class StaticAuthenticator implements Authenticator {

    private final Credentials credentials;

    public StaticAuthenticator(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Credentials current() {
        return credentials;
    }

    @Override
    public boolean renew(Credentials rejected) {
        return false;
    }
}
