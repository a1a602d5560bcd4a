package dev.atrium.engine.store;

import dev.atrium.engine.testing.PostgresSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * The databases the store tests run on, each giving every test a fresh, empty store of its own: SQLite in a
 * temporary folder, and PostgreSQL in a new schema of the database {@code ATRIUM_TEST_POSTGRES_URL} names.
 * Without that variable the PostgreSQL cases are skipped, unless {@code ATRIUM_REQUIRE_POSTGRES=true}, which
 * makes them fail instead (CI sets both, so a PostgreSQL that went missing cannot pass unnoticed).
 */
enum StoreBackend {
    SQLITE,
    POSTGRESQL;

    /** A store made for one test: where {@link Database#open} finds it, and how to remove it afterwards. */
    record FreshStore(String url, Removal removal) {
    }

    /** Removes a fresh store once every pool on it is closed. */
    @FunctionalInterface
    interface Removal {
        void remove() throws Exception;
    }

    /** Makes an empty store on this backend. */
    FreshStore create() {
        return this == SQLITE ? createSqlite() : createPostgresql();
    }

    private static FreshStore createSqlite() {
        try {
            Path folder = Files.createTempDirectory("atrium-store-test");
            return new FreshStore("sqlite:" + folder.resolve("atrium.db"), () -> deleteRecursively(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FreshStore createPostgresql() {
        PostgresSchema schema = PostgresSchema.create();
        return new FreshStore(schema.url(), schema::close);
    }

    /** Why this backend's cases are skipped here, or null when they run (or must, and will fail if they cannot). */
    String skipReason() {
        if (this == POSTGRESQL && !PostgresSchema.configured() && !PostgresSchema.required()) {
            return PostgresSchema.URL_VARIABLE + " is not set (e.g."
                    + " postgresql://atrium:atrium@127.0.0.1:5432/atrium_test)";
        }
        return null;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /**
     * Runs each {@link StoreTest} once per backend and hands it a {@link StoreFixture} on a fresh store, closed
     * and removed when the test ends.
     */
    static final class EachBackend implements TestTemplateInvocationContextProvider {

        @Override
        public boolean supportsTestTemplate(ExtensionContext context) {
            return true;
        }

        @Override
        public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
            return Stream.of(values()).map(Invocation::new);
        }
    }

    private record Invocation(StoreBackend backend) implements TestTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return backend.name().toLowerCase(Locale.ROOT);
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new FixtureResolver(backend));
        }
    }

    /** Skips a backend that is not configured, and gives the test (and its set-up methods) one fixture. */
    private record FixtureResolver(StoreBackend backend) implements ExecutionCondition, ParameterResolver {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String reason = backend.skipReason();
            return reason == null ? ConditionEvaluationResult.enabled(backend + " is available")
                    : ConditionEvaluationResult.disabled(reason);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == StoreFixture.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            // Kept in the test's own store, so @BeforeEach and the test share it; JUnit closes it afterwards.
            return context.getStore(ExtensionContext.Namespace.create(StoreBackend.class, backend))
                    .getOrComputeIfAbsent(StoreFixture.class, ignored -> new StoreFixture(backend.create()),
                            StoreFixture.class);
        }
    }
}
