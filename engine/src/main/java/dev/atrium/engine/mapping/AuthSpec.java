package dev.atrium.engine.mapping;

import dev.atrium.engine.expressions.Template;

/** How requests prove who they are. */
public sealed interface AuthSpec {

    /** Where an API key goes. */
    enum Placement { HEADER, QUERY }

    /** No credentials on the request (public feeds). */
    record None() implements AuthSpec {
    }

    /** A key in a header or query parameter, e.g. {@code X-Auth-Token: {$connection.api_key}}. */
    record ApiKey(Placement in, String name, Template value) implements AuthSpec {
    }
}
