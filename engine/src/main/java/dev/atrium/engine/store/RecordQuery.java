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
    public sealed interface Filter permits IdIn, RemoteIdIn, KeyIn, KeyAtLeast, KeyContains, Linked, ChangedAfter {
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

    /**
     * The record is linked to a live record of {@code model} whose indexed {@code key} (or remote id, for
     * {@link #REMOTE_ID}) has one of the values: this record's {@code ownKey} (its id when null) equals that
     * record's top-level field {@code linkField} (its id when null). E.g. candidates that applied to some jobs:
     * own id = the candidate_id of applications whose job_id is one of the values.
     */
    public record Linked(String ownKey, String model, String linkField, String key, Collection<String> values)
            implements Filter {
        public Linked {
            if (linkField != null && !linkField.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("a link field is a top-level field name, got " + linkField);
            }
        }
    }

    /** For {@link Linked#key()}: match the linked records' remote ids. */
    public static final String REMOTE_ID = "remote_id";

    /** The record, or related data the API nests into it, changed after a time (epoch milliseconds). */
    public record ChangedAfter(long after, List<Related> related) implements Filter {
    }

    /** Related data whose change counts as a change of the record for {@link ChangedAfter}. */
    public sealed interface Related permits Referenced, Referencing, Joined {
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

    /**
     * A record of {@code model} joined to this record through a join model changed: join records of
     * {@code joinModel} whose top-level {@code ownField} is this record's id and whose indexed {@code otherKey}
     * is the changed record's id (e.g. a user's system roles: user_roles by user_id and role_id).
     */
    public record Joined(String joinModel, String ownField, String otherKey, String model) implements Related {
        public Joined {
            if (!ownField.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("a join field is a top-level field name, got " + ownField);
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
        if (filter instanceof Linked linked) {
            return renderLinked(linked, parameters, dialect);
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
            } else if (related instanceof Joined joined) {
                alternatives.add("id IN (SELECT " + dialect.jsonField("j.content", joined.ownField())
                        + " FROM records j WHERE j.integration_id = ? AND j.model = ? AND j.id IN"
                        + " (SELECT k.record_id FROM record_keys k WHERE k.integration_id = ? AND k.model = ?"
                        + " AND k.key = ? AND k.value IN (SELECT r.id FROM records r WHERE r.integration_id = ?"
                        + " AND r.model = ? AND r.changed_at > ?)))");
                parameters.add(integrationId);
                parameters.add(joined.joinModel());
                parameters.add(integrationId);
                parameters.add(joined.joinModel());
                parameters.add(joined.otherKey());
                parameters.add(integrationId);
                parameters.add(joined.model());
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

    private String renderLinked(Linked linked, List<Object> parameters, Dialect dialect) {
        if (linked.values().isEmpty()) {
            return "1 = 0";
        }
        // Parameters in the order their placeholders appear in the text: outermost select first.
        StringBuilder sql = new StringBuilder();
        if (linked.ownKey() != null) {
            sql.append("id IN (SELECT record_id FROM record_keys WHERE integration_id = ? AND model = ? AND key = ?"
                    + " AND value IN (");
            parameters.add(integrationId);
            parameters.add(model);
            parameters.add(linked.ownKey());
        } else {
            sql.append("id IN (");
        }
        if (linked.linkField() != null) {
            sql.append("SELECT ").append(dialect.jsonField("v.content", linked.linkField()))
                    .append(" FROM records v WHERE v.integration_id = ? AND v.model = ? AND v.id IN (");
            parameters.add(integrationId);
            parameters.add(linked.model());
        }
        sql.append("SELECT l.id FROM records l WHERE l.integration_id = ? AND l.model = ?"
                + " AND l.remote_deleted_at IS NULL AND ");
        parameters.add(integrationId);
        parameters.add(linked.model());
        if (REMOTE_ID.equals(linked.key())) {
            sql.append("l.remote_id IN (");
        } else {
            sql.append("l.id IN (SELECT k.record_id FROM record_keys k WHERE k.integration_id = ? AND k.model = ?"
                    + " AND k.key = ? AND k.value IN (");
            parameters.add(integrationId);
            parameters.add(linked.model());
            parameters.add(linked.key());
        }
        sql.append(Sql.placeholders(linked.values().size())).append(')');
        parameters.addAll(linked.values());
        if (!REMOTE_ID.equals(linked.key())) {
            sql.append(')');
        }
        if (linked.linkField() != null) {
            sql.append(')');
        }
        sql.append(linked.ownKey() != null ? "))" : ")");
        return sql.toString();
    }

    private void keyParameters(List<Object> parameters, String key) {
        parameters.add(integrationId);
        parameters.add(model);
        parameters.add(key);
    }
}
