package dev.atrium.engine.mapping;

import dev.atrium.engine.expressions.Template;
import java.util.Map;

/** The request of a stream; path, query values and headers are templates over the stream's variables. */
public record RequestSpec(String method, Template path, Map<String, Template> query, Map<String, Template> headers) {

    public RequestSpec {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
    }
}
