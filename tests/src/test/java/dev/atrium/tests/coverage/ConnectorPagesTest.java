package dev.atrium.tests.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atrium.server.cli.AtriumCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checked-in docs/connectors pages are what {@code atrium docs connectors} makes from today's mappings. */
class ConnectorPagesTest {

    private static final Path PAGES = Path.of("../docs/connectors");
    private static final String REFRESH = "refresh them from the repository root with: java -jar server/target/atrium.jar"
            + " docs connectors --mappings mappings --out docs/connectors";

    @TempDir
    Path folder;

    @Test
    void everyCheckedInPageMatchesItsMapping() throws IOException {
        int exit = AtriumCli.execute("docs", "connectors", "--mappings", "../mappings", "--out", folder.toString());
        assertEquals(0, exit, "atrium docs connectors failed");
        Set<String> generated = names(folder);
        assertTrue(generated.contains("sagehr.md") && generated.contains("paycor.md"), generated.toString());
        assertEquals(generated, names(PAGES), "docs/connectors must hold one page per mapping file; " + REFRESH);

        List<String> stale = new ArrayList<>();
        for (String page : generated) {
            if (!Files.readString(folder.resolve(page)).equals(Files.readString(PAGES.resolve(page)))) {
                stale.add(page);
            }
        }
        assertTrue(stale.isEmpty(), "docs/connectors pages differ from their mappings: " + stale + "; " + REFRESH);
    }

    private static Set<String> names(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".md"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
