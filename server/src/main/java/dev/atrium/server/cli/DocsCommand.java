package dev.atrium.server.cli;

import dev.atrium.engine.loading.Mappings;
import dev.atrium.engine.mapping.ConnectorPage;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.server.AtriumRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atrium docs connectors}: generated documentation. */
@Command(name = "docs", description = "Write generated documentation.", subcommands = DocsCommand.Connectors.class)
final class DocsCommand {

    /** {@code atrium docs connectors [--mappings DIR] [--out DIR]}: one page per mapping file. */
    @Command(name = "connectors", description = "Write docs/connectors/<tool>.md for every mapping: the models and"
            + " fields it reads with their notes, its actions and its features.")
    static final class Connectors implements Callable<Integer> {

        @Option(names = "--mappings", description = "Directory of mapping files (default ./mappings, else the"
                + " built-in connectors).")
        String mappings;

        @Option(names = "--out", defaultValue = "docs/connectors", description = "Where to write the pages"
                + " (default ${DEFAULT-VALUE}).")
        Path out;

        @Override
        public Integer call() throws IOException {
            ModelCatalog models = ModelCatalog.load();
            Mappings loaded = AtriumRuntime.loadMappings(models, mappings).orThrow();
            Files.createDirectories(out);
            for (Mapping mapping : loaded.all()) {
                Path page = out.resolve(mapping.tool() + ".md");
                Files.writeString(page, ConnectorPage.render(mapping, models));
                System.out.println("wrote " + page);
            }
            return 0;
        }
    }
}
