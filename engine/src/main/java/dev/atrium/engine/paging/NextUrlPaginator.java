package dev.atrium.engine.paging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.http.RemoteException;
import dev.atrium.engine.http.RemoteRequest;
import dev.atrium.engine.mapping.PaginationSpec;

/**
 * A link to the next page in the body (e.g. {@code data.links.next}): absolute, or relative to the base URL's
 * host; the requester refuses links to another host.
 */
final class NextUrlPaginator extends Paginator {

    private final PaginationSpec.NextUrl spec;

    NextUrlPaginator(PaginationSpec.NextUrl spec) {
        this.spec = spec;
    }

    @Override
    public PageState first() {
        return new PageState(0, null, null, null, null, null, 0);
    }

    @Override
    public RemoteRequest shape(RemoteRequest request, PageState state) {
        if (state.url() == null) {
            return request;
        }
        return new RemoteRequest(request.method(), request.path(), request.query(), request.headers(), state.url(),
                request.body(), request.contentType(), request.base());
    }

    @Override
    public PageState next(PageState current, JsonNode body, int records, Bindings bindings) {
        String link = text(spec.url(), body, bindings);
        if (link == null) {
            return null;
        }
        if (link.equals(current.url())) {
            throw new RemoteException(RemoteException.Kind.PAGINATION, 0, "the next-page link points at the page it"
                    + " came from; stopping instead of looping");
        }
        return advance(current, records, null, null, null, null, link);
    }
}
