package dev.atrium.server.api;

import dev.atrium.engine.expressions.Timestamps;
import dev.atrium.engine.ids.RecordIds;
import dev.atrium.engine.store.RecordQuery;
import dev.atrium.server.views.ListFilter;
import io.vertx.core.MultiMap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The query parameters every list endpoint takes, parsed and checked: a bad value gets
 * {@code PLATFORM.INPUT_INVALID} naming the parameter, and so does a parameter the endpoint does not know.
 */
public record ListParameters(String afterId, int pageSize, Instant updatedAfter, boolean includeDeleted,
        boolean ignoreUnsupportedFilters, List<String> ids, List<String> remoteIds, List<Applied> filters) {

    /** An endpoint filter the request uses, and the store filter its values became. */
    public record Applied(ListFilter declaration, RecordQuery.Filter filter) {
    }

    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 250;
    public static final Set<String> COMMON = Set.of("cursor", "page_size", "updated_after", "include_deleted",
            "ignore_unsupported_filters", "ids", "remote_ids");

    /** Kombo's form: a date, optionally with time, fraction and Z; we also take an explicit offset. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?)?");

    public static ListParameters parse(String endpoint, MultiMap query, List<ListFilter> endpointFilters) {
        Set<String> allowed = new HashSet<>(COMMON);
        endpointFilters.forEach(filter -> allowed.add(filter.parameter()));
        checkNames(query, allowed);
        String cursor = single(query, "cursor");
        String afterId = cursor == null || cursor.isBlank() ? null : Cursor.decode(endpoint, cursor);
        return new ListParameters(afterId, pageSize(single(query, "page_size"), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
                dateTime("updated_after", single(query, "updated_after")),
                bool("include_deleted", single(query, "include_deleted")),
                bool("ignore_unsupported_filters", single(query, "ignore_unsupported_filters")),
                ids(query, "ids"), list(query, "remote_ids"), applied(query, endpointFilters));
    }

    private static List<Applied> applied(MultiMap query, List<ListFilter> endpointFilters) {
        List<Applied> applied = new ArrayList<>();
        for (ListFilter declaration : endpointFilters) {
            String name = declaration.parameter();
            List<String> values = switch (declaration.form()) {
                case LIST -> list(query, name);
                case IDS -> ids(query, name);
                case SINGLE -> {
                    String value = single(query, name);
                    yield value == null || value.isBlank() ? List.of() : List.of(value.trim());
                }
                case DAY -> {
                    Instant day = dateTime(name, single(query, name));
                    yield day == null ? List.of() : List.of(LocalDate.ofInstant(day, ZoneOffset.UTC).toString());
                }
            };
            if (values.isEmpty()) {
                continue; // blank: every value matches
            }
            for (String value : values) {
                if (!declaration.allowed().isEmpty() && !declaration.allowed().contains(value)) {
                    throw ApiException.invalid(name + ": '" + abbreviate(value) + "' is not one of "
                            + String.join(", ", new TreeSet<>(declaration.allowed())));
                }
            }
            applied.add(new Applied(declaration, declaration.filter().apply(values)));
        }
        return applied;
    }

    /** Refuses query parameters an endpoint does not take, naming them and the ones it takes. */
    public static void checkNames(MultiMap query, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>();
        for (String name : query.names()) {
            if (!allowed.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("unknown query parameter" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + (allowed.isEmpty() ? "; this endpoint takes none"
                    : "; this endpoint takes " + String.join(", ", new TreeSet<>(allowed))));
        }
    }

    /** A query parameter given at most once. */
    public static String single(MultiMap query, String name) {
        List<String> values = query.getAll(name);
        if (values.size() > 1) {
            throw ApiException.invalid(name + " is given " + values.size() + " times; give it once");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /** A page_size parameter: {@code defaultSize} when absent, else a whole number from 1 to {@code max}. */
    public static int pageSize(String value, int defaultSize, int max) {
        if (value == null || value.isEmpty()) {
            return defaultSize;
        }
        try {
            int size = Integer.parseInt(value.trim());
            if (size >= 1 && size <= max) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid("page_size must be a whole number from 1 to " + max + ", got '"
                + abbreviate(value) + "'");
    }

    private static Instant dateTime(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!DATE_TIME.matcher(value.trim()).matches()) {
            throw ApiException.invalid(name + " must be a date-time such as 2024-01-01T00:00:00.000Z, got '"
                    + abbreviate(value) + "'");
        }
        try {
            return Timestamps.parseIso(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(name + " is not a valid date-time: '" + abbreviate(value) + "'");
        }
    }

    private static boolean bool(String name, String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalid(name + " must be true or false, got '" + abbreviate(value) + "'");
        };
    }

    private static List<String> list(MultiMap query, String name) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : query.getAll(name)) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        }
        return new ArrayList<>(values);
    }

    private static List<String> ids(MultiMap query, String name) {
        List<String> ids = list(query, name);
        for (String id : ids) {
            if (!RecordIds.isValid(id)) {
                throw ApiException.invalid(name + ": '" + abbreviate(id) + "' is not an id (ids are 24 base58 characters)");
            }
        }
        return ids;
    }

    /** A value a client sent, shortened to quote it in an error message. */
    public static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
