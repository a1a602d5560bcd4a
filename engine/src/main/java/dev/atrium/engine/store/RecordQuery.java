package dev.atrium.engine.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One page of a model's records: filters ANDed together, values inside one filter ORed, walked in id order
 * after a cursor. Built by the API from request parameters; renders itself into SQL.
 */
public final class RecordQuery {

    /** A condition on records. */
    public sealed interface Filter permits IdIn, RemoteIdIn, KeyIn, KeyAtLeast, KeyContains, ChangedAfter {
    }

    /** The record's id is one of these. */
    public record IdIn(Collection<String> ids) implements Filter {
    }

    /** The record's remote id is one of these. */
    public record RemoteIdIn(Collection<String> remoteIds) implements Filter {
    }

    /** An indexed key of the record has one of these values. */
    public record KeyIn(String key, Collection<String> values) implements Filter {
    }

    /** An indexed key of the record is at least this value (text order; ISO timestamps sort correctly). */
    public record KeyAtLeast(String key, String value) implements Filter {
    }

    /** An indexed key of the record contains this text. */
    public record KeyContains(String key, String text) implements Filter {
    }

    /** The record, or related data the API nests into it, changed after a time (epoch milliseconds). */
    public record ChangedAfter(long after, List<Related> related) implements Filter {
    }

    /** Related data whose change counts as a change of the record for {@link ChangedAfter}. */
    public sealed interface Related permits Referenced, Referencing {
    }

    /** A record of {@code model} that this record points at through its indexed {@code key} changed. */
    public record Referenced(String key, String model) implements Related {
    }

    /**
     * A record of {@code model} pointing at this record through its top-level field {@code key} changed (added,
     * removed or edited).
     */
    public record Referencing(String model, String key) implements Related {
        public Referencing {
            if (!key.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("a referencing key is a top-level field name, got " + key);
            }
        }
    }

    private final String integrationId;
    private final String model;
    private final boolean includeDeleted;
    private final String afterId;
    private final int limit;
    private final List<Filter> filters;

    public RecordQuery(String integrationId, String model, boolean includeDeleted, String afterId, int limit,
            List<Filter> filters) {
        this.integrationId = integrationId;
        this.model = model;
        this.includeDeleted = includeDeleted;
        this.afterId = afterId;
        this.limit = limit;
        this.filters = List.copyOf(filters);
    }

    public int limit() {
        return limit;
    }

    String whereClause(List<Object> parameters, Dialect dialect) {
        List<String> conditions = new ArrayList<>();
        conditions.add("integration_id = ? AND model = ?");
        parameters.add(integrationId);
        parameters.add(model);
        if (!includeDeleted) {
            conditions.add("remote_deleted_at IS NULL");
        }
        if (afterId != null) {
            conditions.add("id > ?");
            parameters.add(afterId);
        }
        for (Filter filter : filters) {
            conditions.add(render(filter, parameters, dialect));
        }
        return String.join(" AND ", conditions);
    }

    private String render(Filter filter, List<Object> parameters, Dialect dialect) {
        if (filter instanceof IdIn in) {
            parameters.addAll(in.ids());
            return in.ids().isEmpty() ? "1 = 0" : "id IN (" + Sql.placeholders(in.ids().size()) + ")";
        }
        if (filter instanceof RemoteIdIn in) {
            parameters.addAll(in.remoteIds());
            return in.remoteIds().isEmpty() ? "1 = 0" : "remote_id IN (" + Sql.placeholders(in.remoteIds().size()) + ")";
        }
        if (filter instanceof KeyIn in) {
            if (in.values().isEmpty()) {
                return "1 = 0";
            }
            keyParameters(parameters, in.key());
            parameters.addAll(in.values());
            return "id IN (SELECT record_id FROM record_keys WHERE integration_id = ? AND model = ? AND key = ?"
                    + " AND value IN (" + Sql.placeholders(in.values().size()) + "))";
        }
        if (filter instanceof KeyAtLeast atLeast) {
            keyParameters(parameters, atLeast.key());
            parameters.add(atLeast.value());
            return "id IN (SELECT record_id FROM record_keys WHERE integration_id = ? AND model = ? AND key = ?"
                    + " AND value >= ?)";
        }
        if (filter instanceof KeyContains contains) {
            keyParameters(parameters, contains.key());
            parameters.add("%" + contains.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            // SQLite's LIKE ignores ASCII case and PostgreSQL's does not: lowering both sides makes them agree.
            return "id IN (SELECT record_id FROM record_keys WHERE integration_id = ? AND model = ? AND key = ?"
                    + " AND LOWER(value) LIKE LOWER(?) ESCAPE '\\')";
        }
        ChangedAfter changed = (ChangedAfter) filter;
        List<String> alternatives = new ArrayList<>();
        alternatives.add("changed_at > ?");
        parameters.add(changed.after());
        for (Related related : changed.related()) {
            if (related instanceof Referenced referenced) {
                alternatives.add("id IN (SELECT k.record_id FROM record_keys k WHERE k.integration_id = ?"
                        + " AND k.model = ? AND k.key = ? AND k.value IN (SELECT r.id FROM records r"
                        + " WHERE r.integration_id = ? AND r.model = ? AND r.changed_at > ?))");
                parameters.add(integrationId);
                parameters.add(model);
                parameters.add(referenced.key());
                parameters.add(integrationId);
                parameters.add(referenced.model());
                parameters.add(changed.after());
            } else {
                Referencing referencing = (Referencing) related;
                // The referencing records that changed, and the ids they point at, read from their content.
                alternatives.add("id IN (SELECT " + dialect.jsonField("r.content", referencing.key())
                        + " FROM records r WHERE r.integration_id = ? AND r.model = ? AND r.changed_at > ?)");
                parameters.add(integrationId);
                parameters.add(referencing.model());
                parameters.add(changed.after());
            }
        }
        return "(" + String.join(" OR ", alternatives) + ")";
    }

    private void keyParameters(List<Object> parameters, String key) {
        parameters.add(integrationId);
        parameters.add(model);
        parameters.add(key);
    }
}
