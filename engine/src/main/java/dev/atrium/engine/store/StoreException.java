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
}
