package dev.atrium.server.cli;

import dev.atrium.engine.EngineSettings;
import dev.atrium.server.AtriumRuntime;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/** Where the store and the mapping files are, and where clients reach us; shared by every command that opens them. */
final class StoreOptions {

    @Option(names = "--database", paramLabel = "URL", defaultValue = "${env:ATRIUM_DATABASE_URL:-sqlite:data/atrium.db}",
            description = "Store location (env ATRIUM_DATABASE_URL; default ${DEFAULT-VALUE}).")
    String databaseUrl;

    @Option(names = "--mappings", paramLabel = "DIR", defaultValue = "${env:ATRIUM_MAPPINGS_DIR}",
            description = "Directory of mapping files (env ATRIUM_MAPPINGS_DIR; default ./mappings when present,"
                    + " else the built-in connectors).")
    String mappingsDir;

    @Option(names = "--secret-key-file", paramLabel = "FILE",
            defaultValue = "${env:ATRIUM_SECRET_KEY_FILE:-data/secret.key}",
            description = "Key encrypting credentials in the store, created on first use with owner-only permissions;"
                    + " ATRIUM_SECRET_KEY (base64 of 32 bytes) takes precedence. Nodes sharing a store must share the"
                    + " key (default ${DEFAULT-VALUE}).")
    String secretKeyFile;

    @Option(names = "--public-url", paramLabel = "URL", defaultValue = "${env:ATRIUM_PUBLIC_URL:-http://localhost:8080}",
            description = "Where clients reach this Atrium, for the links in webhooks (env ATRIUM_PUBLIC_URL;"
                    + " default ${DEFAULT-VALUE}).")
    String publicUrl;

    AtriumRuntime open() {
        return open(UnaryOperator.identity());
    }

    /** Opens the runtime with engine settings a command adjusts (e.g. the serve command's lease). */
    AtriumRuntime open(UnaryOperator<EngineSettings> adjust) {
        EngineSettings settings = EngineSettings.of(databaseUrl, AtriumRuntime.secrets(secretKeyFile))
                .withPublicUrl(publicUrl);
        return AtriumRuntime.open(adjust.apply(settings), mappingsDir);
    }
}
