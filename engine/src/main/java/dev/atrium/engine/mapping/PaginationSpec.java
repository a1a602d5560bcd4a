package dev.atrium.engine.mapping;

import dev.atrium.engine.expressions.Expression;

/**
 * How a stream walks through pages. Every style puts its position in {@code $page} for the request templates
 * and body ({@code number}, {@code offset}, {@code token}, {@code after}); the styles with a {@code param}
 * also set that query parameter themselves. {@code maxPages} stops a stream whose pages never end.
 */
public sealed interface PaginationSpec {

    int maxPages();

    /** The whole result comes in one response (a job feed). */
    record None() implements PaginationSpec {
        @Override
        public int maxPages() {
            return 1;
        }
    }

    /**
     * Numbered pages from {@code start}. The next number comes from {@code nextPage} over the body (null at the
     * end); else the stream stops when {@code total} records were read, or at a page shorter than {@code size}.
     */
    record PageNumber(String param, int start, String sizeParam, Integer size, Expression nextPage, Expression total,
            int maxPages) implements PaginationSpec {
    }

    /** Offset and limit (or from and size): stops at {@code total} records or at a short page. */
    record Offset(String offsetParam, String limitParam, int size, long start, Expression total, int maxPages)
            implements PaginationSpec {
    }

    /** A continuation token read from each page; stops when {@code hasMore} is false or the token is empty. */
    record Token(String param, Expression token, Expression hasMore, int maxPages) implements PaginationSpec {
    }

    /** A link to the next page in the body (absolute or relative, always on the integration's own host). */
    record NextUrl(Expression url, int maxPages) implements PaginationSpec {
    }

    /**
     * Keyset by id, for search APIs that return at most {@code pageSize} results in ascending id order: after a
     * full page, the request is made again with {@code $page.after} set to the page's last key.
     */
    record Keyset(Expression key, int pageSize, int maxPages) implements PaginationSpec {
    }
}
