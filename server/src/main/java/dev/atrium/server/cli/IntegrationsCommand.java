package dev.atrium.server.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.EndUser;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.IntegrationSettings;
import dev.atrium.engine.store.TrackedApplication;
import dev.atrium.server.AtriumRuntime;
import dev.atrium.server.admin.IntegrationAdmin;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atrium integrations create|settings|track}. */
@Command(name = "integrations", description = "Connect tools, choose what they sync.", subcommands = {
        IntegrationsCommand.Create.class, IntegrationsCommand.Settings.class, IntegrationsCommand.Track.class})
final class IntegrationsCommand {

    /** Settings given as NAME=VALUE: true and false are booleans, whole numbers numbers, anything else text. */
    static ObjectNode settings(Map<String, String> given) {
        ObjectNode settings = Json.object();
        given.forEach((name, value) -> {
            if (value.equals("true") || value.equals("false")) {
                settings.put(name, Boolean.parseBoolean(value));
            } else if (value.equals("null") || value.isEmpty()) {
                settings.putNull(name);
            } else if (value.matches("-?[0-9]{1,9}")) {
                settings.put(name, Integer.parseInt(value));
            } else {
                settings.put(name, value);
            }
        });
        return settings;
    }

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

        @Option(names = "--setting", paramLabel = "NAME=VALUE", description = "An integration setting, e.g."
                + " --setting sync_only_created_applications=false (repeat for each).")
        Map<String, String> settings = new LinkedHashMap<>();

        @Override
        public Integer call() {
            try (AtriumRuntime runtime = store.open()) {
                Integration integration = new IntegrationAdmin(runtime.engine()).createIntegration(environment, tool,
                        credentials, baseUrl, new EndUser(organization, email, originId), settings(settings));
                System.out.println(integration.id());
                return 0;
            }
        }
    }

    /** Shows and changes what an integration syncs. */
    @Command(name = "settings", description = "Show an integration's settings, or change some with --set; a change"
            + " takes effect from its next sync. Settings: sync_only_created_applications (default true),"
            + " candidate_cutoff_date (YYYY-MM-DD), candidate_cutoff_days.")
    static final class Settings implements Callable<Integer> {

        @Mixin
        StoreOptions store;

        @Parameters(index = "0", paramLabel = "INTEGRATION", description = "The integration id.")
        String integrationId;

        @Option(names = "--set", paramLabel = "NAME=VALUE", description = "A new value (null: back to the default).")
        Map<String, String> changes = new LinkedHashMap<>();

        @Override
        public Integer call() {
            try (AtriumRuntime runtime = store.open()) {
                ObjectNode settings = new IntegrationAdmin(runtime.engine()).updateSettings(integrationId,
                        settings(changes));
                System.out.println(Json.pretty(IntegrationSettings.of(settings).toJson()));
                return 0;
            }
        }
    }

    /** Adds an existing application to those an integration keeps while it syncs only created applications. */
    @Command(name = "track", description = "Follow an application that exists in the tool already: with"
            + " sync_only_created_applications on, the next sync reads it and its candidate.")
    static final class Track implements Callable<Integer> {

        @Mixin
        StoreOptions store;

        @Parameters(index = "0", paramLabel = "INTEGRATION", description = "The integration id.")
        String integrationId;

        @Option(names = "--application", required = true, description = "The application's id in the tool.")
        String application;

        @Option(names = "--candidate", description = "Its candidate's id in the tool, when the tool lists"
                + " candidates apart from applications (otherwise learned from the application).")
        String candidate;

        @Override
        public Integer call() {
            try (AtriumRuntime runtime = store.open()) {
                TrackedApplication tracked = new IntegrationAdmin(runtime.engine()).trackApplication(integrationId,
                        application, candidate, System.currentTimeMillis());
                System.out.println(tracked.applicationId());
                return 0;
            }
        }
    }
}
