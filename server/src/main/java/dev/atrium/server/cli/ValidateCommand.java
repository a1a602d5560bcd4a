package dev.atrium.server.cli;

import dev.atrium.engine.loading.LoadResult;
import dev.atrium.engine.loading.MappingLoader;
import dev.atrium.engine.loading.MappingProblem;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.server.AtriumRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code atrium validate [dir|file]}: checks mapping files the way the server does at start. */
@Command(name = "validate", description = "Check mapping files: schema, expressions, references. Exit 1 on problems.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..1", description = "A mapping file, or a directory of them (default"
            + " ./mappings, else the built-in connectors).")
    String path;

    @Override
    public Integer call() throws IOException {
        ModelCatalog models = ModelCatalog.load();
        LoadResult result = path != null && Files.isRegularFile(Path.of(path))
                ? new MappingLoader(models).loadText(path, Files.readString(Path.of(path)))
                : AtriumRuntime.loadMappings(models, path);
        for (MappingProblem problem : result.problems()) {
            System.out.println(problem);
        }
        int good = result.mappings().all().size();
        if (!result.ok()) {
            System.out.println(result.problems().size() + " problem(s); " + good + " mapping file(s) fine");
            return 1;
        }
        System.out.println(good + " mapping file(s) fine");
        return 0;
    }
}
