package dev.atrium.engine.paging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.http.RemoteException;
import dev.atrium.engine.http.RemoteRequest;
import dev.atrium.engine.mapping.PaginationSpec;

/**
 * Numbered pages. The next number comes from the mapping's {@code next_page} expression over the page
 * body (e.g. {@code meta.next_page}); without one, a short or empty page is the last.
 */
final class PageNumberPaginator implements Paginator {

    private final PaginationSpec.PageNumber spec;

    PageNumberPaginator(PaginationSpec.PageNumber spec) {
        this.spec = spec;
    }

    @Override
    public RemoteRequest first(RemoteRequest request) {
        RemoteRequest first = request.withQuery(spec.param(), Integer.toString(spec.start()));
        if (spec.sizeParam() != null && spec.size() != null) {
            first = first.withQuery(spec.sizeParam(), Integer.toString(spec.size()));
        }
        return first;
    }

    @Override
    public RemoteRequest next(RemoteRequest previous, JsonNode body, int records, Bindings bindings) {
        long current = Long.parseLong(previous.query().get(spec.param()));
        long next;
        if (spec.nextPage() != null) {
            JsonNode value = spec.nextPage().evaluate(body, bindings);
            if (value == null || value.isNull() || (value.isTextual() && value.textValue().isBlank())) {
                return null;
            }
            if (!value.isNumber() && !(value.isTextual() && value.textValue().matches("\\d+"))) {
                throw new RemoteException(RemoteException.Kind.PAGINATION, 0, previous.path()
                        + ": next_page gave '" + value + "', not a page number");
            }
            next = value.asLong();
            if (next <= current) {
                throw new RemoteException(RemoteException.Kind.PAGINATION, 0, previous.path()
                        + ": page " + current + " points back to page " + next + "; stopping instead of looping");
            }
        } else {
            if (records == 0 || (spec.size() != null && records < spec.size())) {
                return null;
            }
            next = current + 1;
        }
        return previous.withQuery(spec.param(), Long.toString(next));
    }
}
