package dev.atrium.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/** Webhook endpoints and the delivery queue (announce once, leases, retries), on every backend. */
class WebhookStoreTest {

    private static WebhookStore webhooks(StoreFixture store) {
        return new WebhookStore(store.database, StoreFixture.SECRETS);
    }

    private static String finishedRun(StoreFixture store) {
        String id = store.runs.enqueue(store.integration.id(), "FULL", "api", 1_000).run().id();
        store.runs.claim("node-a", 1_000, 60_000, id).orElseThrow();
        assertTrue(store.runs.finish(id, "node-a", "SUCCEEDED", SyncCounts.ZERO, List.of(), null, null, null));
        return id;
    }

    @StoreTest
    void endpointSecretsAreStoredEncrypted(StoreFixture store) {
        WebhookStore.Created created = webhooks(store).createEndpoint(store.environment.id(), "https://hooks.test/a",
                List.of("sync-finished"), 1_000);
        String stored = store.database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT secret FROM webhook_endpoints WHERE id = ?")) {
                select.setString(1, created.endpoint().id());
                try (ResultSet row = select.executeQuery()) {
                    assertTrue(row.next());
                    return row.getString(1);
                }
            }
        });
        assertFalse(stored.contains(created.secret()));
        assertEquals(List.of(created.endpoint()), webhooks(store).endpoints(store.environment.id()));

        assertTrue(webhooks(store).deleteEndpoint(created.endpoint().id()));
        assertTrue(webhooks(store).endpoint(created.endpoint().id()).isEmpty());
    }

    @StoreTest
    void aSyncIsAnnouncedOnceAndItsDeliveriesAreSentUnderALease(StoreFixture store) {
        WebhookStore webhooks = webhooks(store);
        WebhookStore.Created finished = webhooks.createEndpoint(store.environment.id(), "https://hooks.test/a",
                List.of("sync-finished", "data-changed"), 1_000);
        WebhookStore.Created dataOnly = webhooks.createEndpoint(store.environment.id(), "https://hooks.test/b",
                List.of("data-changed"), 1_000);
        String run = finishedRun(store);
        assertEquals(List.of(run), webhooks.unannouncedRuns(0, 10));

        List<WebhookStore.Event> events = List.of(new WebhookStore.Event("event-1", "sync-finished", "{\"a\":1}"));
        assertTrue(webhooks.announce(run, store.environment.id(), events, 10_000));
        assertFalse(webhooks.announce(run, store.environment.id(), events, 10_001), "announced once");
        assertEquals(List.of(), webhooks.unannouncedRuns(0, 10));
        assertEquals(List.of(), webhooks.deliveries(dataOnly.endpoint().id(), 10));

        WebhookDispatch first = webhooks.claimDue("node-a", 10_000, 1_000, 10).get(0);
        assertEquals(finished.secret(), first.secret());
        assertEquals("{\"a\":1}", first.payload());
        assertEquals(List.of(), webhooks.claimDue("node-b", 10_500, 1_000, 10), "leased by node-a");

        // No answer at all: a null status; only the lease holder's outcome counts.
        webhooks.attemptFailed(first.deliveryId(), "node-b", 500, "not ours", null, 10_600);
        webhooks.attemptFailed(first.deliveryId(), "node-a", null, "timeout", 20_000L, 10_700);
        WebhookDelivery retrying = webhooks.deliveries(finished.endpoint().id(), 10).get(0);
        assertEquals("PENDING", retrying.state());
        assertEquals(1, retrying.attempts());
        assertNull(retrying.lastStatus());
        assertEquals("timeout", retrying.lastError());
        assertNull(retrying.deliveredAt());
        assertEquals(List.of(), webhooks.claimDue("node-b", 19_999, 1_000, 10), "not due yet");

        WebhookDispatch second = webhooks.claimDue("node-b", 20_000, 1_000, 10).get(0);
        assertEquals(first.deliveryId(), second.deliveryId());
        webhooks.delivered(second.deliveryId(), "node-b", 204, 20_100);
        WebhookDelivery delivered = webhooks.deliveries(finished.endpoint().id(), 10).get(0);
        assertEquals("DELIVERED", delivered.state());
        assertEquals(204, delivered.lastStatus());
        assertEquals(20_100L, delivered.deliveredAt());

        assertEquals(0, webhooks.purge(20_100, 0));
        assertEquals(1, webhooks.purge(20_101, 0));
        assertEquals(List.of(), webhooks.deliveries(finished.endpoint().id(), 10));
    }
}
