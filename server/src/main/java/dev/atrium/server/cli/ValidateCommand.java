package dev.atrium.server.cli;

import dev.atrium.engine.loading.LoadResult;
import dev.atrium.engine.loading.MappingProblem;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.server.AtriumRuntime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code atrium validate [dir]}: checks mapping files the way the server does at start. */
@Command(name = "validate", description = "Check mapping files: schema, expressions, references. Exit 1 on problems.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Directory of mapping files (default ./mappings,"
            + " else the built-in connectors).")
    String directory;

    @Override
    public Integer call() {
        LoadResult result = AtriumRuntime.loadMappings(ModelCatalog.load(), directory);
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
