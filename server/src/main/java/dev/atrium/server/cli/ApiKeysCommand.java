package dev.atrium.server.cli;

import dev.atrium.engine.store.CreatedApiKey;
import dev.atrium.server.AtriumRuntime;
import dev.atrium.server.admin.IntegrationAdmin;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code atrium api-keys create}. */
@Command(name = "api-keys", description = "Create API keys.", subcommands = ApiKeysCommand.Create.class)
final class ApiKeysCommand {

    /** Prints the new key once; only its hash is stored. */
    @Command(name = "create", description = "Create an API key for an environment, or an admin key. The key is shown"
            + " once.")
    static final class Create implements Callable<Integer> {

        @Mixin
        StoreOptions store;

        @Option(names = "--environment", description = "Environment id or name (may be left out when there is one).")
        String environment;

        @Option(names = "--admin", description = "An admin key, for the /admin routes.")
        boolean admin;

        @Option(names = "--label", description = "A note to recognise the key by.")
        String label;

        @Override
        public Integer call() {
            try (AtriumRuntime runtime = store.open()) {
                CreatedApiKey key = new IntegrationAdmin(runtime.engine()).createApiKey(environment, admin, label);
                System.out.println(key.key());
                return 0;
            }
        }
    }
}
