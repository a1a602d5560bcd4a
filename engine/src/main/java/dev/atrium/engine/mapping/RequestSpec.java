package dev.atrium.engine.mapping;

import dev.atrium.engine.expressions.Expression;
import dev.atrium.engine.expressions.Template;
import java.util.Map;

/**
 * The request of a stream. Path, query values and headers are templates over the stream's variables
 * ({@code $connection}, fan-out parents, {@code $page}, {@code $since}); a body is either JSON made by a JSONata
 * expression or form fields.
 *
 * @param baseUrl where this stream's requests go instead of {@code http.base_url}, for tools that serve some data
 *                from another host; null for most streams. An integration whose base URL is overridden (the
 *                sandbox) sends these requests there too: one override stands for every host of the tool.
 */
public record RequestSpec(String method, Template path, Map<String, Template> query, Map<String, Template> headers,
        Expression body, Map<String, Template> form, Template baseUrl) {

    public RequestSpec {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        form = form == null ? null : Map.copyOf(form);
    }
}
