package dev.atrium.server.cli;

import dev.atrium.engine.store.CustomField;
import dev.atrium.server.AtriumRuntime;
import dev.atrium.server.admin.CustomFieldAdmin;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atrium custom-fields create|list|delete}. */
@Command(name = "custom-fields", description = "Define the custom fields of an environment; each integration maps"
        + " them to its own fields (PUT /v1/integrations/{id}/custom-fields/{custom_field_id}).",
        subcommands = {CustomFieldsCommand.Create.class, CustomFieldsCommand.List.class,
                CustomFieldsCommand.Delete.class})
final class CustomFieldsCommand {

    /** {@code atrium custom-fields create --model M --key K}. */
    @Command(name = "create", description = "Define a custom field; prints its id.")
    static final class Create implements Callable<Integer> {

        @Mixin
        StoreOptions store;

        @Option(names = "--environment", description = "Environment id or name (may be left out when there is one).")
        String environment;

        @Option(names = "--model", required = true, description = "ats_jobs, ats_candidates, ats_applications or"
                + " ats_offers.")
        String model;

        @Option(names = "--key", required = true, description = "The key in records' custom_fields, e.g."
                + " t_shirt_size (lower-case letters, digits and _).")
        String key;

        @Option(names = "--label", description = "A human name for it.")
        String label;

        @Option(names = "--description", description = "What it holds.")
        String description;

        @Override
        public Integer call() {
            try (AtriumRuntime runtime = store.open()) {
                CustomField field = new CustomFieldAdmin(runtime.engine()).create(environment, model, key, label,
                        description);
                System.out.println(field.id() + "  " + field.model() + "  " + field.key());
                return 0;
            }
        }
    }

    /** {@code atrium custom-fields list}. */
    @Command(name = "list", description = "List an environment's custom fields.")
    static final class List implements Callable<Integer> {

        @Mixin
        StoreOptions store;

        @Option(names = "--environment", description = "Environment id or name (may be left out when there is one).")
        String environment;

        @Override
        public Integer call() {
            try (AtriumRuntime runtime = store.open()) {
                for (CustomField field : new CustomFieldAdmin(runtime.engine()).list(environment)) {
                    System.out.println(field.id() + "  " + field.model() + "  " + field.key()
                            + (field.label() == null ? "" : "  " + field.label()));
                }
                return 0;
            }
        }
    }

    /** {@code atrium custom-fields delete ID}. */
    @Command(name = "delete", description = "Remove a custom field and every integration's mapping of it.")
    static final class Delete implements Callable<Integer> {

        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            try (AtriumRuntime runtime = store.open()) {
                new CustomFieldAdmin(runtime.engine()).delete(id);
                System.out.println("deleted " + id);
                return 0;
            }
        }
    }
}
