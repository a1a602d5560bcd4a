package dev.atrium.server.cli;

import dev.atrium.engine.loading.MappingLoadException;
import dev.atrium.engine.loading.MappingProblem;
import dev.atrium.server.admin.IntegrationAdmin;
import picocli.CommandLine;

/** Turns the failures operators can act on into one clear message and an exit code, not a stack trace. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (e instanceof MappingLoadException problems) {
            commandLine.getErr().println("Atrium does not start on broken mapping files:");
            for (MappingProblem problem : problems.problems()) {
                commandLine.getErr().println("  " + problem);
            }
            return 1;
        }
        if (e instanceof IntegrationAdmin.InvalidInput || e instanceof IllegalArgumentException) {
            commandLine.getErr().println("error: " + e.getMessage());
            return 2;
        }
        commandLine.getErr().println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        return 1;
    }
}
