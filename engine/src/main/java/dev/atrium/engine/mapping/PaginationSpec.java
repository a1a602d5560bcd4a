package dev.atrium.engine.mapping;

import dev.atrium.engine.expressions.Expression;

/** How a stream walks through pages. */
public sealed interface PaginationSpec {

    /** The whole result comes in one response. */
    record None() implements PaginationSpec {
    }

    /**
     * Numbered pages: the page number goes in {@code param}, starting at {@code start}; {@code size} (if
     * set) goes in {@code sizeParam}. {@code nextPage}, evaluated on each page body, gives the next page
     * number or null at the end; without it the stream stops at the first page with fewer records than
     * {@code size} (or with none).
     */
    record PageNumber(String param, int start, String sizeParam, Integer size, Expression nextPage, int maxPages)
            implements PaginationSpec {
    }
}
