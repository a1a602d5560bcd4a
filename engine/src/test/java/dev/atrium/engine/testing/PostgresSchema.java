package dev.atrium.engine.testing;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, empty schema {@code t_<random>} in the PostgreSQL database {@code ATRIUM_TEST_POSTGRES_URL} names,
 * reached with {@code ?currentSchema=}, and dropped with everything in it on close. Tests that need it are
 * skipped without that variable unless {@code ATRIUM_REQUIRE_POSTGRES=true}, which makes them fail instead (CI
 * sets both, so a PostgreSQL that went missing cannot pass unnoticed).
 */
public final class PostgresSchema implements AutoCloseable {

    public static final String URL_VARIABLE = "ATRIUM_TEST_POSTGRES_URL";
    public static final String REQUIRE_VARIABLE = "ATRIUM_REQUIRE_POSTGRES";

    private final String base;
    private final String name;
    private final String url;
    private boolean dropped;

    private PostgresSchema(String base, String name) {
        this.base = base;
        this.name = name;
        this.url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    /** Creates the schema; fails with what to set when the variable is missing. */
    public static PostgresSchema create() {
        String base = baseUrl();
        if (base == null) {
            throw new IllegalStateException(URL_VARIABLE + " is not set" + (required() ? " but " + REQUIRE_VARIABLE
                    + "=true" : "") + ": set it to postgresql://user:password@host:port/database (a database the"
                    + " user owns) to run the PostgreSQL tests");
        }
        // A random name keeps parallel runs apart without a database each.
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        administer(base, "CREATE SCHEMA " + name);
        return new PostgresSchema(base, name);
    }

    /** The store URL of this schema, as Atrium's {@code --database} takes it. */
    public String url() {
        return url;
    }

    public String name() {
        return name;
    }

    /** Drops the schema and everything in it; close every pool on it first. */
    @Override
    public synchronized void close() {
        if (!dropped) {
            dropped = true;
            administer(base, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }

    /** Whether a PostgreSQL test database is configured. */
    public static boolean configured() {
        return baseUrl() != null;
    }

    /** Whether CI demands the PostgreSQL tests: without a database they fail instead of being skipped. */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv(REQUIRE_VARIABLE));
    }

    private static String baseUrl() {
        String url = System.getenv(URL_VARIABLE);
        return url == null || url.isBlank() ? null : url.trim();
    }

    /** Runs one statement on the test database itself (outside any test schema) with plain JDBC. */
    private static void administer(String url, String sql) {
        URI uri = URI.create(url.replaceFirst("^postgres(ql)?://", "postgresql://"));
        Properties login = new Properties();
        if (uri.getRawUserInfo() != null) {
            String[] user = uri.getRawUserInfo().split(":", 2);
            login.setProperty("user", URLDecoder.decode(user[0], StandardCharsets.UTF_8));
            if (user.length > 1) {
                login.setProperty("password", URLDecoder.decode(user[1], StandardCharsets.UTF_8));
            }
        }
        String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + uri.getPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        try (Connection connection = DriverManager.getConnection(jdbc, login);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the PostgreSQL test database at " + uri.getHost()
                    + uri.getPath() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Disables a test class when no PostgreSQL is configured, unless one is required: then the tests run and
     * {@link #create()} fails them with what is missing.
     */
    public static final class Available implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (baseUrl() != null) {
                return ConditionEvaluationResult.enabled(URL_VARIABLE + " is set");
            }
            if (required()) {
                return ConditionEvaluationResult.enabled(REQUIRE_VARIABLE + "=true: run, and fail without a database");
            }
            return ConditionEvaluationResult.disabled(URL_VARIABLE + " is not set (e.g."
                    + " postgresql://atrium:atrium@127.0.0.1:5432/atrium_test)");
        }
    }
}
