package dev.atrium.engine.store;

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
}
