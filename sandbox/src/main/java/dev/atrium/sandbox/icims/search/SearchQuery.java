package dev.atrium.sandbox.icims.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed Search API body (fact sheet A4): filters joined by a group operator ({@code &} by default, or
 * {@code |}), with nested groups under {@code children}. Parsing rejects what iCIMS rejects, with its messages.
 */
public final class SearchQuery<T> {

    private static final Set<String> FILTER_KEYS = Set.of("name", "value", "secondaryValue", "operator");
    private static final Set<String> GROUP_KEYS = Set.of("filters", "operator", "children");

    private final List<SearchFilter<T>> filters;
    private final boolean any;
    private final List<SearchQuery<T>> children;

    private SearchQuery(List<SearchFilter<T>> filters, boolean any, List<SearchQuery<T>> children) {
        this.filters = filters;
        this.any = any;
        this.children = children;
    }

    public static <T> SearchQuery<T> parse(JsonNode body, SearchType<T> type) throws SearchException {
        if (body == null || !body.isObject()) {
            throw new SearchException("An unknown parsing error occurred");
        }
        SearchQuery<T> query = group(body, type);
        if (query.filterCount() == 0) {
            throw new SearchException("At least one filter must be specified");
        }
        return query;
    }

    public boolean matches(T record) {
        if (any) {
            return filters.stream().anyMatch(f -> f.matches(record)) || children.stream().anyMatch(c -> c.matches(record));
        }
        return filters.stream().allMatch(f -> f.matches(record)) && children.stream().allMatch(c -> c.matches(record));
    }

    /** The id the answer may start after: from a top-level {@code id >} (or {@code >=}) filter joined by {@code &}. */
    public long startAfter() {
        long after = Long.MIN_VALUE;
        if (any) {
            return after;
        }
        for (SearchFilter<T> f : filters) {
            if (f.name().equals("id") && (f.operator().equals(">") || f.operator().equals(">="))) {
                long v = Long.parseLong(f.values().get(0).trim());
                after = Math.max(after, f.operator().equals(">") ? v : v - 1);
            }
        }
        return after;
    }

    private int filterCount() {
        return filters.size() + children.stream().mapToInt(SearchQuery::filterCount).sum();
    }

    private static <T> SearchQuery<T> group(JsonNode node, SearchType<T> type) throws SearchException {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!GROUP_KEYS.contains(e.getKey())) {
                throw new SearchException("The following group attribute is unrecognized: " + e.getKey());
            }
        }
        String op = node.path("operator").asText("&");
        if (!op.equals("&") && !op.equals("|")) {
            throw new SearchException("The following group operator is not valid in the given context: " + op);
        }
        List<SearchFilter<T>> filters = new ArrayList<>();
        for (JsonNode f : node.path("filters")) {
            filters.add(filter(f, type));
        }
        List<SearchQuery<T>> children = new ArrayList<>();
        for (JsonNode c : node.path("children")) {
            if (!c.isObject()) {
                throw new SearchException("An unknown parsing error occurred");
            }
            children.add(group(c, type));
        }
        return new SearchQuery<>(filters, op.equals("|"), children);
    }

    private static <T> SearchFilter<T> filter(JsonNode node, SearchType<T> type) throws SearchException {
        if (!node.isObject()) {
            throw new SearchException("An unknown parsing error occurred");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!FILTER_KEYS.contains(e.getKey())) {
                throw new SearchException("The following filter attribute is unrecognized: " + e.getKey());
            }
        }
        String name = node.path("name").asText("");
        String prefix = type.prefix() + ".";
        SearchType.Field<T> field = name.startsWith(prefix) ? type.fields().get(name.substring(prefix.length())) : null;
        if (field == null) {
            throw new SearchException("The following filter is either not valid or hidden: " + name);
        }
        String op = node.path("operator").asText("=");
        if (!SearchFilter.OPERATORS.contains(op) || (field.kind() == FieldKind.LIST && op.contains("<"))
                || (field.kind() == FieldKind.LIST && op.contains(">"))) {
            throw new SearchException("The following filter operator is not valid in the given context: " + op);
        }
        List<String> values = strings(node.get("value"));
        List<String> secondary = strings(node.get("secondaryValue"));
        boolean blank = values.stream().allMatch(String::isBlank) && secondary.stream().allMatch(String::isBlank);
        if ((field.kind() != FieldKind.DATE && values.isEmpty()) || (field.kind() == FieldKind.DATE && blank)) {
            throw new SearchException("An unknown parsing error occurred");
        }
        if (field.kind() == FieldKind.NUMBER) {
            for (String v : values) {
                if (!v.trim().matches("-?\\d{1,18}")) {
                    throw new SearchException("An unknown parsing error occurred");
                }
            }
        }
        return new SearchFilter<>(name.substring(prefix.length()), field, op, values, secondary);
    }

    private static List<String> strings(JsonNode node) throws SearchException {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            throw new SearchException("An unknown parsing error occurred");
        }
        for (JsonNode v : node) {
            out.add(v.asText());
        }
        return out;
    }
}
