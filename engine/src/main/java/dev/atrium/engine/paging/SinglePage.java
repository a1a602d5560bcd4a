package dev.atrium.engine.paging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.http.RemoteRequest;

/** No pagination: the first response is the whole result. */
final class SinglePage implements Paginator {

    @Override
    public RemoteRequest first(RemoteRequest request) {
        return request;
    }

    @Override
    public RemoteRequest next(RemoteRequest previous, JsonNode body, int records, Bindings bindings) {
        return null;
    }
}
