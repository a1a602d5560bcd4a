package dev.atrium.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code atrium} command: one entry point for the server, the demo and the operator's tools. */
@Command(name = "atrium", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        version = "Atrium 0.1.0",
        description = "Self-hosted unified ATS API, wire-compatible with Kombo's v1 ATS API.",
        subcommands = {ServeCommand.class, DemoCommand.class, SyncCommand.class, ValidateCommand.class,
                MapCommand.class, EnvironmentsCommand.class, ApiKeysCommand.class, IntegrationsCommand.class,
                WebhooksCommand.class, CustomFieldsCommand.class, BenchCommand.class,
                SandboxCommand.class, DocsCommand.class})
public final class AtriumCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code: 0 done, 1 problems found, 2 bad usage or input. */
    public static int execute(String... args) {
        return new CommandLine(new AtriumCli())
                .setExecutionExceptionHandler(new FailureHandler())
                .execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
