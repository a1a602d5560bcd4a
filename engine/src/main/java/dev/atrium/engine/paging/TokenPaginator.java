package dev.atrium.engine.paging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.http.RemoteException;
import dev.atrium.engine.http.RemoteRequest;
import dev.atrium.engine.mapping.PaginationSpec;

/**
 * A continuation token read from each page (e.g. {@code continuationToken} with {@code hasMoreResults}):
 * ends when the has-more flag is false or the token is empty; a token that repeats ends it with an error.
 */
final class TokenPaginator extends Paginator {

    private final PaginationSpec.Token spec;

    TokenPaginator(PaginationSpec.Token spec) {
        this.spec = spec;
    }

    @Override
    public PageState first() {
        return new PageState(0, null, null, null, null, null, 0);
    }

    @Override
    public RemoteRequest shape(RemoteRequest request, PageState state) {
        return spec.param() != null && state.token() != null ? request.withQuery(spec.param(), state.token()) : request;
    }

    @Override
    public PageState next(PageState current, JsonNode body, int records, Bindings bindings) {
        if (spec.hasMore() != null) {
            JsonNode more = spec.hasMore().evaluate(body, bindings);
            if (more == null || !more.asBoolean(false)) {
                return null;
            }
        }
        String token = text(spec.token(), body, bindings);
        if (token == null) {
            return null;
        }
        if (token.equals(current.token())) {
            throw new RemoteException(RemoteException.Kind.PAGINATION, 0, "the continuation token did not change from"
                    + " one page to the next; stopping instead of looping");
        }
        return advance(current, records, null, null, token, null, null);
    }
}
