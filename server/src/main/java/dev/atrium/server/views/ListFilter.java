package dev.atrium.server.views;

import dev.atrium.engine.store.RecordQuery;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A query parameter one list endpoint takes beyond the common ones, and the store filter it becomes.
 *
 * @param form how the parameter's text is read
 * @param allowed the closed list of values, or empty for any value
 * @param model the sync model whose {@code field} the mapping must provide for the filter to be supported
 *     (a tool that never fills the field cannot be filtered on it: see {@code ignore_unsupported_filters})
 */
public record ListFilter(String parameter, Form form, Set<String> allowed, String model, String field,
        Function<List<String>, RecordQuery.Filter> filter) {

    /** How a parameter's text is read. */
    public enum Form {
        /** A comma-separated list; any one value matches. */
        LIST,
        /** A comma-separated list of Atrium ids. */
        IDS,
        /** One value, commas included (an URL or an e-mail address may hold one). */
        SINGLE,
        /** A date-time of which only the day counts; the filter gets {@code yyyy-MM-dd}. */
        DAY
    }

    /** An indexed key of the listed model in a comma list of values. */
    static ListFilter keyIn(String parameter, String model, String field, String key) {
        return new ListFilter(parameter, Form.LIST, Set.of(), model, field, values -> new RecordQuery.KeyIn(key, values));
    }

    /** An indexed key of the listed model in a comma list of ids. */
    static ListFilter idKeyIn(String parameter, String model, String key) {
        return new ListFilter(parameter, Form.IDS, Set.of(), model, key, values -> new RecordQuery.KeyIn(key, values));
    }

    /** An indexed key of the listed model in a comma list taken from a closed list of values. */
    static ListFilter keyInEnum(String parameter, String model, String key, Set<String> allowed) {
        return new ListFilter(parameter, Form.LIST, allowed, model, key, values -> new RecordQuery.KeyIn(key, values));
    }

    /** One value an indexed key of the listed model must equal exactly. */
    static ListFilter keyEquals(String parameter, String model, String key) {
        return new ListFilter(parameter, Form.SINGLE, Set.of(), model, key, values -> new RecordQuery.KeyIn(key, values));
    }

    /** One value from a closed list an indexed key must equal (Kombo's deprecated single-value filters). */
    static ListFilter keyEqualsEnum(String parameter, String model, String key, Set<String> allowed) {
        return new ListFilter(parameter, Form.SINGLE, allowed, model, key, values -> new RecordQuery.KeyIn(key, values));
    }

    /** One value, matched without regard to case against a key the model indexes in lower case. */
    static ListFilter keyEqualsIgnoringCase(String parameter, String model, String field, String key) {
        return new ListFilter(parameter, Form.SINGLE, Set.of(), model, field,
                values -> new RecordQuery.KeyIn(key, lowercase(values)));
    }

    /** A comma list matched without regard to case against a key the model indexes in lower case. */
    static ListFilter keyInIgnoringCase(String parameter, String model, String field, String key) {
        return new ListFilter(parameter, Form.LIST, Set.of(), model, field,
                values -> new RecordQuery.KeyIn(key, lowercase(values)));
    }

    /** Records created in the tool on or after a day. */
    static ListFilter createdOnOrAfter(String model) {
        return new ListFilter("remote_created_after", Form.DAY, Set.of(), model, "remote_created_at",
                values -> new RecordQuery.KeyAtLeast("remote_created_at", values.get(0)));
    }

    private static List<String> lowercase(List<String> values) {
        return values.stream().map(value -> value.toLowerCase(Locale.ROOT)).toList();
    }
}
