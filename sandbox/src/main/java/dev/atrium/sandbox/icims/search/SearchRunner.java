package dev.atrium.sandbox.icims.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Runs a query over id ranges in ascending id order and answers at most {@code limit} ids, as the Search API
 * does (fact sheet A4): no total and no cursor; clients page by re-asking with {@code id >} the last id.
 */
public final class SearchRunner {

    private SearchRunner() {
    }

    /**
     * @param ranges {first, end} id ranges, ascending and disjoint
     * @param lookup the live record of an id, or empty
     */
    public static <T> List<Long> run(SearchQuery<T> query, long[][] ranges, LongFunction<Optional<T>> lookup, int limit) {
        List<Long> ids = new ArrayList<>();
        long after = query.startAfter();
        for (long[] range : ranges) {
            for (long id = Math.max(range[0], after == Long.MIN_VALUE ? range[0] : after + 1); id < range[1]; id++) {
                Optional<T> record = lookup.apply(id);
                if (record.isPresent() && query.matches(record.get())) {
                    ids.add(id);
                    if (ids.size() >= limit) {
                        return ids;
                    }
                }
            }
        }
        return ids;
    }
}
