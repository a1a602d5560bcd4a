package dev.atrium.engine.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.Collections;

/** Small JDBC helpers shared by the stores. */
final class Sql {

    private Sql() {
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
            statement.setNull(position, Types.VARCHAR);
        } else if (value instanceof Long number) {
            statement.setLong(position, number);
        } else if (value instanceof Integer number) {
            statement.setInt(position, number);
        } else if (value instanceof Boolean flag) {
            statement.setInt(position, flag ? 1 : 0);
        } else {
            statement.setString(position, value.toString());
        }
    }

    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
