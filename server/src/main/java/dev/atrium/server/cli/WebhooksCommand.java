package dev.atrium.server.cli;

import dev.atrium.engine.expressions.Timestamps;
import dev.atrium.engine.store.WebhookDelivery;
import dev.atrium.engine.store.WebhookEndpoint;
import dev.atrium.engine.store.WebhookStore;
import dev.atrium.server.AtriumRuntime;
import dev.atrium.server.admin.WebhookAdmin;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atrium webhooks create|list|delete|deliveries}. */
@Command(name = "webhooks", description = "Send Kombo's webhooks (data changed, sync finished, integration deleted"
        + " or changed state) to your URLs.",
        subcommands = {WebhooksCommand.Create.class, WebhooksCommand.List.class, WebhooksCommand.Delete.class,
                WebhooksCommand.Deliveries.class})
final class WebhooksCommand {

    /** {@code atrium webhooks create --url URL}. */
    @Command(name = "create", description = "Add a webhook endpoint to an environment; prints its id and its"
            + " signing secret (shown only this once).")
    static final class Create implements Callable<Integer> {

        @Mixin
        StoreOptions store;

        @Option(names = "--url", required = true, description = "Where to POST the webhooks (http or https).")
        String url;

        @Option(names = "--event", paramLabel = "TYPE", description = "A webhook type to send: data-changed,"
                + " sync-finished, integration-deleted or integration-state-changed (repeat for several; default:"
                + " every type).")
        java.util.List<String> events = new ArrayList<>();

        @Option(names = "--environment", description = "Environment id or name (may be left out when there is one).")
        String environment;

        @Override
        public Integer call() {
            try (AtriumRuntime runtime = store.open()) {
                WebhookStore.Created created = new WebhookAdmin(runtime.engine()).create(environment, url, events);
                System.out.println("id      " + created.endpoint().id());
                System.out.println("events  " + String.join(", ", created.endpoint().events()));
                System.out.println("secret  " + created.secret());
                System.out.println("Receivers check X-Kombo-Signature: base64url(HMAC-SHA256(secret, raw body)).");
                return 0;
            }
        }
    }

    /** {@code atrium webhooks list}. */
    @Command(name = "list", description = "List an environment's webhook endpoints.")
    static final class List implements Callable<Integer> {

        @Mixin
        StoreOptions store;

        @Option(names = "--environment", description = "Environment id or name (may be left out when there is one).")
        String environment;

        @Override
        public Integer call() {
            try (AtriumRuntime runtime = store.open()) {
                for (WebhookEndpoint endpoint : new WebhookAdmin(runtime.engine()).list(environment)) {
                    System.out.println(endpoint.id() + "  " + endpoint.url() + "  "
                            + String.join(",", endpoint.events()));
                }
                return 0;
            }
        }
    }

    /** {@code atrium webhooks delete ID}. */
    @Command(name = "delete", description = "Remove a webhook endpoint and what was still queued for it.")
    static final class Delete implements Callable<Integer> {

        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            try (AtriumRuntime runtime = store.open()) {
                new WebhookAdmin(runtime.engine()).delete(id);
                System.out.println("deleted " + id);
                return 0;
            }
        }
    }

    /** {@code atrium webhooks deliveries ID}. */
    @Command(name = "deliveries", description = "Show the latest deliveries to an endpoint and how they went.")
    static final class Deliveries implements Callable<Integer> {

        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--limit", defaultValue = "20", description = "How many, newest first (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            try (AtriumRuntime runtime = store.open()) {
                for (WebhookDelivery delivery : new WebhookAdmin(runtime.engine()).deliveries(id,
                        Math.max(1, Math.min(limit, 200)))) {
                    System.out.println(Timestamps.formatMillis(delivery.createdAt()) + "  " + delivery.type()
                            + "  " + delivery.state() + "  attempts " + delivery.attempts()
                            + (delivery.lastStatus() == null ? "" : "  HTTP " + delivery.lastStatus())
                            + (delivery.lastError() == null ? "" : "  " + delivery.lastError()));
                }
                return 0;
            }
        }
    }
}
