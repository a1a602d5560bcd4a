package dev.atrium.engine.paging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.expressions.Expression;
import dev.atrium.engine.http.RemoteException;
import dev.atrium.engine.http.RemoteRequest;
import dev.atrium.engine.mapping.PaginationSpec;

/**
 * Walks the pages of one stream: the state of the first page, how a state shapes the request (the query
 * parameters each style sets itself), and the state of the page after a given one (null at the end).
 */
public abstract class Paginator {

    /** The first page's state. */
    public abstract PageState first();

    /** The request for a page: the stream's request with this style's parameters added. */
    public RemoteRequest shape(RemoteRequest request, PageState state) {
        return request;
    }

    /**
     * The page after {@code current}, or null when {@code body} was the last one.
     *
     * @param records how many records the stream selected from {@code body}
     */
    public abstract PageState next(PageState current, JsonNode body, int records, Bindings bindings);

    public static Paginator of(PaginationSpec spec) {
        if (spec instanceof PaginationSpec.PageNumber pageNumber) {
            return new PageNumberPaginator(pageNumber);
        }
        if (spec instanceof PaginationSpec.Offset offset) {
            return new OffsetPaginator(offset);
        }
        if (spec instanceof PaginationSpec.Token token) {
            return new TokenPaginator(token);
        }
        if (spec instanceof PaginationSpec.NextUrl nextUrl) {
            return new NextUrlPaginator(nextUrl);
        }
        if (spec instanceof PaginationSpec.Keyset keyset) {
            return new KeysetPaginator(keyset);
        }
        return new SinglePage();
    }

    /** A number an expression gives over a page body, or null. */
    static Long number(Expression expression, JsonNode body, Bindings bindings, String what) {
        if (expression == null) {
            return null;
        }
        JsonNode value = expression.evaluate(body, bindings);
        if (value == null || value.isNull() || (value.isTextual() && value.textValue().isBlank())) {
            return null;
        }
        if (value.isNumber() || (value.isTextual() && value.textValue().trim().matches("-?\\d+"))) {
            return value.asLong();
        }
        throw new RemoteException(RemoteException.Kind.PAGINATION, 0, what + " gave '" + value + "', not a number");
    }

    /** A text an expression gives over a page body, or null when it gives nothing or blank. */
    static String text(Expression expression, JsonNode body, Bindings bindings) {
        JsonNode value = expression.evaluate(body, bindings);
        if (value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank()) {
            return null;
        }
        return value.asText();
    }

    static PageState advance(PageState current, int records, Long number, Long offset, String token, JsonNode after,
            String url) {
        return new PageState(current.index() + 1, number, offset, token, after, url, current.read() + records);
    }
}
