package dev.atrium.engine.mapping;

import dev.atrium.engine.expressions.Expression;
import dev.atrium.engine.expressions.Template;
import java.util.Map;

/**
 * An HTTP call of the authentication (token, login, refresh): an absolute URL template, and a body either as
 * form fields (templates) or as JSON (a JSONata expression).
 */
public record TokenRequest(String method, Template url, Map<String, Template> query, Map<String, Template> headers,
        Map<String, Template> form, Expression json) {

    public TokenRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        form = form == null ? null : Map.copyOf(form);
    }
}
