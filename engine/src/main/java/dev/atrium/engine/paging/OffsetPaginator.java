package dev.atrium.engine.paging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.http.RemoteRequest;
import dev.atrium.engine.mapping.PaginationSpec;

/** Offset and limit (or from and size): ends at the reported total, or at a page shorter than the size. */
final class OffsetPaginator extends Paginator {

    private final PaginationSpec.Offset spec;

    OffsetPaginator(PaginationSpec.Offset spec) {
        this.spec = spec;
    }

    @Override
    public PageState first() {
        return new PageState(0, null, spec.start(), null, null, null, 0);
    }

    @Override
    public RemoteRequest shape(RemoteRequest request, PageState state) {
        return request.withQuery(spec.offsetParam(), Long.toString(state.offset()))
                .withQuery(spec.limitParam(), Integer.toString(spec.size()));
    }

    @Override
    public PageState next(PageState current, JsonNode body, int records, Bindings bindings) {
        long offset = current.offset() + records;
        Long total = number(spec.total(), body, bindings, "total");
        if (records == 0 || (total != null && offset >= total) || (total == null && records < spec.size())) {
            return null;
        }
        return advance(current, records, null, offset, null, null, null);
    }
}
