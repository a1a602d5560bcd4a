package dev.atrium.engine.paging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.http.RemoteRequest;
import dev.atrium.engine.mapping.PaginationSpec;

/** Computes the request for each page of a stream from the previous page. */
public interface Paginator {

    /** The request of the first page. */
    RemoteRequest first(RemoteRequest request);

    /**
     * The request of the page after {@code previous}, or null when {@code body} was the last page.
     *
     * @param records how many records the stream selected from {@code body}
     */
    RemoteRequest next(RemoteRequest previous, JsonNode body, int records, Bindings bindings);

    static Paginator of(PaginationSpec spec) {
        if (spec instanceof PaginationSpec.PageNumber pageNumber) {
            return new PageNumberPaginator(pageNumber);
        }
        return new SinglePage();
    }
}
