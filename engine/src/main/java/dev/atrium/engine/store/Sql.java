package dev.atrium.engine.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Small JDBC helpers shared by the stores. */
final class Sql {

    private Sql() {
    }

    /** The most values one IN list binds: well under every supported database's parameter limit. */
    static final int CHUNK = 400;

    /** Splits long lists so IN clauses stay under the database's parameter limits. */
    static <T> List<List<T>> chunks(List<T> list) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < list.size(); from += CHUNK) {
            chunks.add(list.subList(from, Math.min(list.size(), from + CHUNK)));
        }
        return chunks;
    }

    /** "?, ?, ?" for an IN list of n values. */
    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** Binds values from position {@code start}; returns the next free position. */
    static int bind(PreparedStatement statement, int start, Collection<?> values) throws SQLException {
        int position = start;
        for (Object value : values) {
            bind(statement, position++, value);
        }
        return position;
    }

    static void bind(PreparedStatement statement, int position, Object value) throws SQLException {
        if (value == null) {
            // Untyped: PostgreSQL takes the type from where the parameter goes (a VARCHAR null cannot go
            // into a BIGINT column there); SQLite ignores the type.
            statement.setNull(position, Types.NULL);
        } else if (value instanceof Long number) {
            statement.setLong(position, number);
        } else if (value instanceof Integer number) {
            statement.setInt(position, number);
        } else if (value instanceof Boolean flag) {
            // SQLite stores it as 1 or 0 in its INTEGER column, PostgreSQL in its BOOLEAN one.
            statement.setBoolean(position, flag);
        } else {
            statement.setString(position, value.toString());
        }
    }

    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
