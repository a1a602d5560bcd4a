package dev.atrium.engine.loading;

import dev.atrium.engine.json.JsonSchemas;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.models.ModelCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads mapping files: YAML with line tracking, validation against {@code schemas/connector.schema.json},
 * then compilation of every expression. Reports every problem of every file at once.
 */
public final class MappingLoader {

    private static final String SUFFIX = ".yaml";
    private static final String BUNDLED = "mappings";

    private final ModelCatalog models;
    private final JsonSchemas.Validator connectorSchema;

    public MappingLoader(ModelCatalog models) {
        this.models = models;
        this.connectorSchema = JsonSchemas.load("schemas/connector.schema.json");
    }

    /** Every {@code *.yaml} directly in the directory; file names in messages are as the directory was given. */
    public LoadResult loadDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return new LoadResult(new Mappings(List.of()), List.of(
                    new MappingProblem(directory.toString(), 0, "(directory)", "not a directory")));
        }
        List<Path> files;
        try (Stream<Path> paths = Files.list(directory)) {
            files = paths.filter(path -> path.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Mapping> mappings = new ArrayList<>();
        List<MappingProblem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                load(file.toString(), Files.readString(file), mappings, problems);
            } catch (IOException e) {
                problems.add(new MappingProblem(file.toString(), 0, "(file)", "cannot read: " + e.getMessage()));
            }
        }
        return new LoadResult(new Mappings(mappings), problems);
    }

    /** The connectors shipped inside the jar, under {@code mappings/} on the classpath. */
    public LoadResult loadBundled() {
        List<Mapping> mappings = new ArrayList<>();
        List<MappingProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> file : ClasspathDirectory.read(BUNDLED, SUFFIX).entrySet()) {
            load(BUNDLED + "/" + file.getKey(), file.getValue(), mappings, problems);
        }
        return new LoadResult(new Mappings(mappings), problems);
    }

    /** One file's text; {@code file} is the name used in messages and must end in {@code <tool>.yaml}. */
    public LoadResult loadText(String file, String text) {
        List<Mapping> mappings = new ArrayList<>();
        List<MappingProblem> problems = new ArrayList<>();
        load(file, text, mappings, problems);
        return new LoadResult(new Mappings(mappings), problems);
    }

    private void load(String file, String text, List<Mapping> mappings, List<MappingProblem> problems) {
        YamlDocument document = YamlDocument.parse(text);
        int before = problems.size();
        for (YamlDocument.Problem problem : document.problems()) {
            problems.add(new MappingProblem(file, problem.line(), YamlDocument.dotted(problem.pointer()),
                    problem.message()));
        }
        if (problems.size() > before) {
            return;
        }
        for (JsonSchemas.Problem problem : connectorSchema.validate(document.root())) {
            String pointer = problem.pointer().equals("/") ? "" : problem.pointer();
            problems.add(new MappingProblem(file, document.lineOf(pointer), YamlDocument.dotted(pointer),
                    problem.message()));
        }
        if (problems.size() > before) {
            return;
        }
        Mapping mapping = new MappingReader(file, toolOf(file), document, models, problems).read();
        if (mapping != null) {
            mappings.add(mapping);
        }
    }

    private static String toolOf(String file) {
        String name = Path.of(file).getFileName().toString();
        return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    }
}
