package dev.atrium.server.cli;

import picocli.CommandLine.Option;

/** Where the store and the mapping files are; shared by every command that opens them. */
final class StoreOptions {

    @Option(names = "--database", paramLabel = "URL", defaultValue = "${env:ATRIUM_DATABASE_URL:-sqlite:data/atrium.db}",
            description = "Store location (env ATRIUM_DATABASE_URL; default ${DEFAULT-VALUE}).")
    String databaseUrl;

    @Option(names = "--mappings", paramLabel = "DIR", defaultValue = "${env:ATRIUM_MAPPINGS_DIR}",
            description = "Directory of mapping files (env ATRIUM_MAPPINGS_DIR; default ./mappings when present,"
                    + " else the built-in connectors).")
    String mappingsDir;
}
