package dev.atrium.engine.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** What differs between the databases the store runs on; the SQL is otherwise the same for both. */
public enum Dialect {
    SQLITE("sqlite", ""),
    POSTGRESQL("postgresql", " FOR UPDATE SKIP LOCKED");

    private final String migrations;
    private final String skipLocked;

    Dialect(String migrations, String skipLocked) {
        this.migrations = migrations;
        this.skipLocked = skipLocked;
    }

    /** The Flyway location of this dialect's migrations. */
    String migrationLocation() {
        return "classpath:db/migration/" + migrations;
    }

    /**
     * Appended to a SELECT that claims rows inside a transaction: PostgreSQL locks the rows and lets other
     * nodes skip them; SQLite needs nothing, as its write transactions already exclude each other.
     */
    public String skipLocked() {
        return skipLocked;
    }

    /**
     * SQL reading a top-level text field of a JSON text column (the name is checked by the caller), comparable
     * with record ids (which PostgreSQL stores in the C collation).
     */
    String jsonField(String column, String field) {
        return this == SQLITE ? "json_extract(" + column + ", '$." + field + "')"
                : "((" + column + "::jsonb ->> '" + field + "') COLLATE \"C\")";
    }

    /**
     * Makes this transaction the only writer of {@code table} until it ends, for a check-then-insert that no unique
     * index can guard: two PostgreSQL transactions (READ COMMITTED) would both find nothing and both insert, so
     * PostgreSQL locks the table against other writers (reads go on); SQLite needs nothing, as its write
     * transactions already exclude each other.
     */
    void lockForWrites(Connection connection, String table) throws SQLException {
        if (this == POSTGRESQL) {
            try (Statement lock = connection.createStatement()) {
                lock.execute("LOCK TABLE " + table + " IN SHARE ROW EXCLUSIVE MODE");
            }
        }
    }
}
