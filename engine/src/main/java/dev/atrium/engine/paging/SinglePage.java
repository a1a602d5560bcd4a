package dev.atrium.engine.paging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.expressions.Bindings;

/** No pagination: the first response is the whole result. */
final class SinglePage extends Paginator {

    @Override
    public PageState first() {
        return new PageState(0, null, null, null, null, null, 0);
    }

    @Override
    public PageState next(PageState current, JsonNode body, int records, Bindings bindings) {
        return null;
    }
}
