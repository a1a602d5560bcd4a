package dev.atrium.engine.paging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.http.RemoteException;
import dev.atrium.engine.http.RemoteRequest;
import dev.atrium.engine.mapping.PaginationSpec;

/**
 * Numbered pages. The next number comes from the mapping's {@code next_page} over the body (e.g.
 * {@code meta.next_page}); else the stream ends once {@code total} records were read, or at a short page.
 */
final class PageNumberPaginator extends Paginator {

    private final PaginationSpec.PageNumber spec;

    PageNumberPaginator(PaginationSpec.PageNumber spec) {
        this.spec = spec;
    }

    @Override
    public PageState first() {
        return new PageState(0, (long) spec.start(), null, null, null, null, 0);
    }

    @Override
    public RemoteRequest shape(RemoteRequest request, PageState state) {
        RemoteRequest shaped = request.withQuery(spec.param(), Long.toString(state.number()));
        if (spec.sizeParam() != null && spec.size() != null) {
            shaped = shaped.withQuery(spec.sizeParam(), Integer.toString(spec.size()));
        }
        return shaped;
    }

    @Override
    public PageState next(PageState current, JsonNode body, int records, Bindings bindings) {
        long number = current.number();
        if (spec.nextPage() != null) {
            Long next = number(spec.nextPage(), body, bindings, "next_page");
            if (next == null) {
                return null;
            }
            if (next <= number) {
                throw new RemoteException(RemoteException.Kind.PAGINATION, 0, "page " + number + " points back to page "
                        + next + "; stopping instead of looping");
            }
            return advance(current, records, next, null, null, null, null);
        }
        Long total = number(spec.total(), body, bindings, "total");
        if (records == 0 || (total != null && current.read() + records >= total)
                || (total == null && spec.size() != null && records < spec.size())) {
            return null;
        }
        return advance(current, records, number + 1, null, null, null, null);
    }
}
