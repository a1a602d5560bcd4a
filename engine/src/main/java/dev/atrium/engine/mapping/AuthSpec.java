package dev.atrium.engine.mapping;

import dev.atrium.engine.expressions.Expression;
import dev.atrium.engine.expressions.Template;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** How requests prove who they are. Templates see {@code $connection} (secrets included) and {@code $auth}. */
public sealed interface AuthSpec {

    /** Where an API key goes. */
    enum Placement { HEADER, QUERY }

    /** No credentials on the request (public feeds). */
    record None() implements AuthSpec {
    }

    /** HTTP Basic with a user name and a password. */
    record Basic(Template username, Template password) implements AuthSpec {
    }

    /** A key in a header or query parameter, e.g. {@code X-Auth-Token: {$connection.api_key}}. */
    record ApiKey(Placement in, String name, Template value) implements AuthSpec {
    }

    /** A token that never changes, sent as {@code Authorization: Bearer <token>}. */
    record Bearer(Template token) implements AuthSpec {
    }

    /**
     * A token obtained from an HTTP call (OAuth 2 client credentials, a session login, a form-posted client
     * id and secret) and renewed with a refresh call where the tool has one. The token response is read with
     * JSONata; a refresh token that comes back is persisted before the new token is used, so rotation survives
     * a crash. The token is cached until {@code refreshBefore} ahead of its expiry and renewed once on a 401.
     *
     * @param obtain   gets a token from scratch; null when only a refresh call exists (the first refresh token came from a consent)
     * @param refresh  renews with {@code $auth.refresh_token}; null when the tool has none
     * @param initialRefreshToken the refresh token to start from when none was stored yet
     * @param token    JSONata over the token response giving the access token
     * @param refreshToken JSONata giving a (rotated) refresh token, or null
     * @param expiresIn JSONata giving the lifetime in seconds, or null (then a JWT's exp claim, else one hour)
     * @param header   the header the token goes in
     * @param value    the header value, e.g. {@code Bearer {$auth.token}}
     */
    record Token(TokenRequest obtain, TokenRequest refresh, Template initialRefreshToken, Expression token,
            Expression refreshToken, Expression expiresIn, String header, Template value, Duration refreshBefore)
            implements AuthSpec {
    }

    /**
     * One of several ways, chosen per integration by which connection values it has: the first option whose
     * {@code when} field is filled in (a tool that takes OAuth clients and older API users alike).
     */
    record Either(List<Option> options) implements AuthSpec {

        public Either {
            options = List.copyOf(options);
        }

        /** An option and the connection field that selects it. */
        public record Option(String when, AuthSpec auth) {
        }
    }

    /**
     * The way an integration with these connection values authenticates: the spec itself, or the chosen option
     * of an {@link Either}; null when no option's field is filled in.
     */
    static AuthSpec chosen(AuthSpec spec, Map<String, String> connection) {
        if (!(spec instanceof Either either)) {
            return spec;
        }
        for (Either.Option option : either.options()) {
            String value = connection.get(option.when());
            if (value != null && !value.isBlank()) {
                return option.auth();
            }
        }
        return null;
    }
}
