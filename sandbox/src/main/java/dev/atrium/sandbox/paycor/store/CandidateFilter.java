package dev.atrium.sandbox.paycor.store;

import dev.atrium.sandbox.paycor.DateFilterMatch;
import java.time.Instant;

/**
 * The {@code createdOrModifiedStartDate/EndDate} window of a candidates list; both ends inclusive,
 * either may be open (null).
 */
public record CandidateFilter(Instant start, Instant end, DateFilterMatch match) {

    public static CandidateFilter none() {
        return new CandidateFilter(null, null, DateFilterMatch.MODIFIED);
    }

    public boolean isEmpty() {
        return start == null && end == null;
    }

    public boolean matches(Instant created, Instant modified) {
        if (isEmpty()) {
            return true;
        }
        return within(modified) || (match == DateFilterMatch.CREATED_OR_MODIFIED && within(created));
    }

    private boolean within(Instant t) {
        return t != null && (start == null || !t.isBefore(start)) && (end == null || !t.isAfter(end));
    }
}
