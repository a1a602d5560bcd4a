package dev.atrium.server.cli;

import dev.atrium.engine.store.Environment;
import dev.atrium.server.AtriumRuntime;
import dev.atrium.server.admin.IntegrationAdmin;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code atrium environments create|list}. */
@Command(name = "environments", description = "Create and list environments.",
        subcommands = {EnvironmentsCommand.Create.class, EnvironmentsCommand.List.class})
final class EnvironmentsCommand {

    /** {@code atrium environments create <name>}. */
    @Command(name = "create", description = "Create an environment (e.g. production, development).")
    static final class Create implements Callable<Integer> {

        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (AtriumRuntime runtime = store.open()) {
                Environment environment = new IntegrationAdmin(runtime.engine()).createEnvironment(name);
                System.out.println(environment.id() + "  " + environment.name());
                return 0;
            }
        }
    }

    /** {@code atrium environments list}. */
    @Command(name = "list", description = "List environments.")
    static final class List implements Callable<Integer> {

        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            try (AtriumRuntime runtime = store.open()) {
                for (Environment environment : runtime.engine().environments().listEnvironments()) {
                    System.out.println(environment.id() + "  " + environment.name());
                }
                return 0;
            }
        }
    }
}
