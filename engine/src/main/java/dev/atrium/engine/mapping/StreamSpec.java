package dev.atrium.engine.mapping;

import dev.atrium.engine.expressions.Expression;
import java.util.List;

/**
 * One kind of remote read: a request, paged, whose records are selected from each page and turned into
 * unified records by the emits. With {@code forEach}, the stream runs once per record of a parent stream.
 *
 * @param records JSONata selecting the records from a page body; an array gives many, an object one
 */
public record StreamSpec(String name, FanOut forEach, RequestSpec request, PaginationSpec paginate,
        Expression records, List<Emit> emits) {

    public StreamSpec {
        emits = List.copyOf(emits);
    }
}
