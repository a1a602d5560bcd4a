package dev.atrium.engine.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's connection pool, migrated to the current schema when opened: SQLite (the default,
 * {@code sqlite:data/atrium.db}, file and folder created on first start) or PostgreSQL for production and for
 * several nodes sharing one store.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** A unit of work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final String description;
    /**
     * SQLite lets one transaction write at a time; threads queueing here, in order, wait far less than in
     * SQLite's busy handler, which sleeps in growing steps and lets a stream's writers starve each other.
     */
    private final Lock sqliteWrites;

    private Database(HikariDataSource dataSource, Dialect dialect, String description) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.description = description;
        this.sqliteWrites = dialect == Dialect.SQLITE ? new ReentrantLock(true) : null;
    }

    /**
     * Opens (creating if needed) and migrates the database at {@code url}: {@code sqlite:<file>} or
     * {@code postgresql://[user[:password]@]host[:port]/database[?options]}.
     */
    public static Database open(String url) {
        if (url.startsWith("sqlite:")) {
            return openSqlite(Path.of(url.substring("sqlite:".length())));
        }
        if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
            return openPostgresql(url);
        }
        throw new IllegalArgumentException("unsupported database URL: expected sqlite:<file> or postgresql://...");
    }

    private static Database openSqlite(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + file);
        config.setPoolName("atrium-store");
        // WAL lets API reads proceed while a sync writes; IMMEDIATE write transactions avoid the
        // reader-turned-writer deadlock of SQLite's default deferred transactions.
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "NORMAL");
        config.addDataSourceProperty("busy_timeout", "30000");
        config.addDataSourceProperty("foreign_keys", "true");
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        // Ids are random, so a sync's writes touch index pages all over the file: a 64 MB page cache per
        // connection (taken as used) and a checkpoint every ~40 MB of WAL instead of every 4 MB let a page
        // changed by many transactions be read once and copied back once. Measured: about 40% more inserts/s.
        config.addDataSourceProperty("cache_size", "-65536");
        config.addDataSourceProperty("wal_autocheckpoint", "10000");
        config.addDataSourceProperty("temp_store", "MEMORY");
        config.addDataSourceProperty("mmap_size", "1073741824");
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        return migrated(new HikariDataSource(config), Dialect.SQLITE, "sqlite:" + file);
    }

    private static Database openPostgresql(String url) {
        URI uri = URI.create(url.replaceFirst("^postgres://", "postgresql://"));
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException("a PostgreSQL URL needs a host and a database: postgresql://host/db");
        }
        String where = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getPath();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://" + where + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        if (uri.getRawUserInfo() != null) {
            String[] user = uri.getRawUserInfo().split(":", 2);
            config.setUsername(URLDecoder.decode(user[0], StandardCharsets.UTF_8));
            if (user.length > 1) {
                config.setPassword(URLDecoder.decode(user[1], StandardCharsets.UTF_8));
            }
        }
        config.setPoolName("atrium-store");
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(1);
        // The description never carries the password: only where the store is.
        return migrated(new HikariDataSource(config), Dialect.POSTGRESQL, "postgresql://" + where);
    }

    private static Database migrated(HikariDataSource dataSource, Dialect dialect, String description) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(dialect.migrationLocation())
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        LOG.atInfo().addKeyValue("database", description).log("store.opened");
        return new Database(dataSource, dialect, description);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Runs work in one transaction; commits when it returns, rolls back when it throws. */
    public <T> T transaction(Work<T> work) {
        if (sqliteWrites == null) {
            return inTransaction(work);
        }
        sqliteWrites.lock();
        try {
            return inTransaction(work);
        } finally {
            sqliteWrites.unlock();
        }
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Runs reads in autocommit mode (each statement sees the latest committed data). */
    public <T> T read(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public String toString() {
        return description;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
