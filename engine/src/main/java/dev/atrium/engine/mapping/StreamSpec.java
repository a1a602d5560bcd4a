package dev.atrium.engine.mapping;

import dev.atrium.engine.expressions.Expression;
import java.util.List;

/**
 * One kind of remote read: a request, paged, whose records are selected from each page and turned into
 * unified records by the emits (a stream without emits only feeds the streams that fan out over it). With
 * {@code forEach}, the stream runs once per record of a parent stream. An {@code incremental} stream filters
 * its request by {@code $since} in DELTA syncs.
 *
 * @param records JSONata selecting the records from a page body; an array gives many, an object one
 */
public record StreamSpec(String name, FanOut forEach, RequestSpec request, PaginationSpec paginate,
        Expression records, List<Emit> emits, boolean incremental) {

    public StreamSpec {
        emits = List.copyOf(emits);
    }
}
