package dev.atrium.tests.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.loading.MappingLoader;
import dev.atrium.engine.loading.Mappings;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.mapping.StreamSpec;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.engine.sync.MappingPreview;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every golden mapping case under tests/golden through the same code a sync uses (selector, transforms,
 * ids, validation) and compares with expected.json. {@code -Dgolden.update=true} rewrites the expected files
 * instead; review their diff like code, and never set it in CI.
 */
class GoldenMappingTest {

    private static final Path GOLDEN = Path.of("golden");
    private static final ModelCatalog MODELS = ModelCatalog.load();
    private static final Mappings MAPPINGS = new MappingLoader(MODELS).loadDirectory(Path.of("../mappings")).orThrow();
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> everyGoldenCase() throws IOException {
        return cases().stream().map(goldenCase -> DynamicTest.dynamicTest(goldenCase.toString(), () -> run(goldenCase)));
    }

    @Test
    void everyStreamOfEveryMappingHasAtLeastTwoCases() throws IOException {
        List<GoldenCase> cases = cases();
        List<String> missing = new ArrayList<>();
        for (Mapping mapping : MAPPINGS.all()) {
            for (String stream : mapping.streams().keySet()) {
                long count = cases.stream().filter(c -> c.tool().equals(mapping.tool()) && c.stream().equals(stream))
                        .count();
                if (count < 2) {
                    missing.add(mapping.tool() + "/" + stream + " has " + count);
                }
            }
        }
        assertTrue(missing.isEmpty(), "streams without two golden cases: " + missing);
    }

    private static void run(GoldenCase goldenCase) throws IOException {
        Mapping mapping = MAPPINGS.find(goldenCase.tool())
                .orElseThrow(() -> new AssertionError("no mapping for tool " + goldenCase.tool()));
        StreamSpec stream = mapping.stream(goldenCase.stream());
        if (stream == null) {
            fail("mapping " + goldenCase.tool() + " has no stream " + goldenCase.stream());
        }
        ObjectNode actual = new MappingPreview(MODELS).map(mapping, stream, goldenCase.input(), goldenCase.parents(),
                goldenCase.connection(), goldenCase.integrationId());
        Path expectedFile = goldenCase.expectedFile();
        if (UPDATE) {
            Files.writeString(expectedFile, Json.pretty(actual) + "\n");
            return;
        }
        if (!Files.exists(expectedFile)) {
            fail(expectedFile + " is missing; create it with -Dgolden.update=true and review it");
        }
        JsonNode expected = GoldenCase.read(expectedFile);
        assertEquals(Json.pretty(expected), Json.pretty(actual), "golden case " + goldenCase);
    }

    private static List<GoldenCase> cases() throws IOException {
        List<GoldenCase> cases = new ArrayList<>();
        try (Stream<Path> inputs = Files.walk(GOLDEN)) {
            for (Path input : inputs.filter(path -> path.getFileName().toString().equals("input.json")).sorted().toList()) {
                Path folder = input.getParent();
                Path relative = GOLDEN.relativize(folder);
                if (relative.getNameCount() != 3) {
                    fail(folder + " is not golden/<tool>/<stream>/<case>/");
                }
                cases.add(new GoldenCase(relative.getName(0).toString(), relative.getName(1).toString(),
                        relative.getName(2).toString(), folder));
            }
        }
        return cases;
    }
}
