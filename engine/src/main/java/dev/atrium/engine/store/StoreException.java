package dev.atrium.engine.store;

import java.sql.SQLException;

/** The database failed; carries the SQL error. */
public class StoreException extends RuntimeException {

    public StoreException(SQLException cause) {
        super("store error: " + cause.getMessage(), cause);
    }

    public StoreException(String message) {
        super(message);
    }

    /** A unique index refused a row: PostgreSQL's SQL state 23505, SQLite's UNIQUE constraint result. */
    public boolean isUniqueViolation() {
        if (!(getCause() instanceof SQLException sql)) {
            return false;
        }
        // sqlite-jdbc reports SQLITE_CONSTRAINT_UNIQUE (2067) or the primary-key variant (1555) as the vendor code.
        return "23505".equals(sql.getSQLState()) || sql.getErrorCode() == 2067 || sql.getErrorCode() == 1555
                || (sql.getErrorCode() == 19 && String.valueOf(sql.getMessage()).contains("UNIQUE"));
    }
}
