package dev.atrium.engine.http.auth;

import java.util.Map;

/** Adds credentials to each request of one integration and, where it can, renews them after a 401. */
public interface Authenticator {

    /** The credentials of the next request: headers and query parameters (neither is ever logged). */
    Credentials current();

    /**
     * Gets new credentials because {@code rejected} was refused (401 or a reauthenticate rule). Returns false
     * when this authentication cannot renew anything (static keys); the request then fails. Safe to call from
     * several threads: when another thread already renewed them, this returns true without a new call.
     */
    boolean renew(Credentials rejected);

    /** Headers and query parameters that authenticate a request. */
    record Credentials(Map<String, String> headers, Map<String, String> query) {

        public static final Credentials NONE = new Credentials(Map.of(), Map.of());

        public Credentials {
            headers = Map.copyOf(headers);
            query = Map.copyOf(query);
        }
    }
}
