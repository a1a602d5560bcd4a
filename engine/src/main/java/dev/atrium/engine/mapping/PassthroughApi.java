package dev.atrium.engine.mapping;

import dev.atrium.engine.expressions.Template;

/**
 * One API of the tool that passthrough requests may reach ({@code POST /v1/passthrough/{tool}/{api}}): callers
 * give a path relative to its base URL, and requests get the integration's authentication.
 *
 * @param name        the {@code api} of the route, e.g. {@code default}
 * @param baseUrl     where the API is, or null for the integration's base URL; a value starting with {@code /}
 *                    is appended to the integration's base URL, so it follows a base URL override (the sandbox)
 * @param description what the API is, for operators and generated documentation; may be null
 */
public record PassthroughApi(String name, Template baseUrl, String description) {
}
