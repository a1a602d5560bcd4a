package dev.atrium.sandbox.icims.search;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One parsed filter: a field, an operator and its values, tested against one record. */
record SearchFilter<T>(String name, SearchType.Field<T> field, String operator, List<String> values,
        List<String> secondaryValues) {

    static final List<String> OPERATORS = List.of("=", "==", "!=", "!==", "<", ">", "<=", ">=");

    boolean matches(T record) {
        Object value = field.read().apply(record);
        return switch (field.kind()) {
            case TEXT -> text(value == null ? "" : value.toString().toLowerCase(Locale.ROOT));
            case NUMBER -> value != null && number(((Number) value).longValue());
            case LIST -> list((String) value);
            case BOOLEAN -> bool(Boolean.TRUE.equals(value));
            case DATE -> date((Instant) value);
        };
    }

    private boolean text(String actual) {
        return switch (operator) {
            case "==" -> values.stream().anyMatch(v -> actual.equals(v.toLowerCase(Locale.ROOT)));
            case "!==" -> values.stream().noneMatch(v -> actual.equals(v.toLowerCase(Locale.ROOT)));
            case "!=" -> values.stream().noneMatch(v -> actual.contains(v.toLowerCase(Locale.ROOT)));
            default -> values.stream().anyMatch(v -> actual.contains(v.toLowerCase(Locale.ROOT)));
        };
    }

    private boolean number(long actual) {
        long first = Long.parseLong(values.get(0).trim());
        return switch (operator) {
            case "<" -> actual < first;
            case ">" -> actual > first;
            case "<=" -> actual <= first;
            case ">=" -> actual >= first;
            case "!=", "!==" -> values.stream().noneMatch(v -> Long.parseLong(v.trim()) == actual);
            default -> values.stream().anyMatch(v -> Long.parseLong(v.trim()) == actual);
        };
    }

    private boolean list(String nodeId) {
        boolean any = nodeId != null && values.contains(nodeId);
        return operator.startsWith("!") ? !any : any;
    }

    private boolean bool(boolean actual) {
        String v = values.get(0).trim();
        boolean wanted = v.equals("1") || v.equalsIgnoreCase("true");
        return operator.startsWith("!") ? actual != wanted : actual == wanted;
    }

    /** Dates compare at minute precision, as iCIMS shows them; an unreadable date matches everything. */
    private boolean date(Instant value) {
        Optional<Instant> start = values.isEmpty() ? Optional.empty() : SearchDates.parse(values.get(0));
        Optional<Instant> end = secondaryValues.isEmpty() ? Optional.empty() : SearchDates.parse(secondaryValues.get(0));
        if (start.isEmpty() && end.isEmpty()) {
            return true;
        }
        if (value == null) {
            return false;
        }
        Instant t = value.truncatedTo(ChronoUnit.MINUTES);
        return switch (operator) {
            case "<" -> start.map(t::isBefore).orElse(true);
            case ">" -> start.map(t::isAfter).orElse(true);
            case "<=" -> start.map(s -> !t.isAfter(s)).orElse(true);
            case ">=" -> start.map(s -> !t.isBefore(s)).orElse(true);
            default -> start.map(s -> !t.isBefore(s)).orElse(true) && end.map(e -> !t.isAfter(e)).orElse(true);
        };
    }
}
