package dev.atrium.server.cli;

import dev.atrium.engine.store.EndUser;
import dev.atrium.engine.store.Integration;
import dev.atrium.server.AtriumRuntime;
import dev.atrium.server.admin.IntegrationAdmin;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code atrium integrations create}. */
@Command(name = "integrations", description = "Connect tools.", subcommands = IntegrationsCommand.Create.class)
final class IntegrationsCommand {

    /** Connects one tool account to an environment. */
    @Command(name = "create", description = "Connect a tool account; prints the integration id.")
    static final class Create implements Callable<Integer> {

        @Mixin
        StoreOptions store;

        @Option(names = "--tool", required = true, description = "Tool id: the name of its mapping file, mappings/<tool>.yaml.")
        String tool;

        @Option(names = "--credential", paramLabel = "NAME=VALUE", description = "A connection value of the tool's"
                + " mapping, e.g. --credential api_key=... (repeat for each).")
        Map<String, String> credentials = new LinkedHashMap<>();

        @Option(names = "--base-url", paramLabel = "URL", description = "Reach the tool here instead of its usual address.")
        String baseUrl;

        @Option(names = "--environment", description = "Environment id or name (may be left out when there is one).")
        String environment;

        @Option(names = "--organization", description = "Name of the customer whose account this is.")
        String organization;

        @Option(names = "--end-user-email", description = "Email of the person at the customer who connected it.")
        String email;

        @Option(names = "--end-user-origin-id", description = "The customer's id in your product.")
        String originId;

        @Override
        public Integer call() {
            try (AtriumRuntime runtime = store.open()) {
                Integration integration = new IntegrationAdmin(runtime.engine()).createIntegration(environment, tool,
                        credentials, baseUrl, new EndUser(organization, email, originId));
                System.out.println(integration.id());
                return 0;
            }
        }
    }
}
