package dev.atrium.engine.mapping;

import dev.atrium.engine.expressions.Expression;
import java.util.Set;

/**
 * One row of a mapping's error table: a response whose status is in {@code statuses} (and whose body, when
 * {@code body} is given, makes that JSONata predicate true) gets {@code action}.
 *
 * @param message for FAIL, what the sync error says (else the status and path)
 */
public record ErrorRule(Set<Integer> statuses, Expression body, Action action, String message) {

    /** What to do with a matching response. */
    public enum Action {
        /** Try again after a backoff (or the tool's Retry-After). */
        RETRY,
        /** Stop the stream and fail the sync. */
        FAIL,
        /** Treat the response as an empty page: e.g. a record deleted between a search and its detail read. */
        IGNORE,
        /** Get a new token once and try again. */
        REAUTHENTICATE
    }

    public ErrorRule {
        statuses = Set.copyOf(statuses);
    }

    public boolean covers(int status) {
        return statuses.contains(status);
    }
}
