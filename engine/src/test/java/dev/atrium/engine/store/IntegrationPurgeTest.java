package dev.atrium.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.ids.RecordIds;
import dev.atrium.engine.json.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Deleting an integration leaves nothing of it in any table, and everything of the others, on every backend. */
class IntegrationPurgeTest {

    /** Everything a synced integration leaves in the store; returns the ids of its syncs. */
    private static List<String> fill(StoreFixture store, Integration integration) {
        List<RecordRow> rows = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String id = RecordIds.of(integration.id(), "candidates", "c" + i);
            ObjectNode content = Json.object().put("id", id).put("remote_id", "c" + i).put("first_name", "Ada")
                    .put("last_name", "Lovelace" + i);
            content.putArray("email_addresses").addObject().put("email_address", "ada" + i + "@example.test")
                    .putNull("type");
            content.set("remote_data", Json.object().set("/candidates", Json.object().put("id", i)));
            rows.add(UnifiedRecord.of(StoreFixture.MODELS.get("candidates"), id, "c" + i, content).row());
        }
        SyncRun first = store.runs.enqueue(integration.id(), "FULL", "test", 1_000).run();
        store.runs.claim("node", 1_000, 60_000, first.id()).orElseThrow();
        store.writer.upsert(integration.id(), first.id(), rows, 1_000, true);
        store.runs.saveCheckpoint(first.id(), "candidates", Json.object().put("done", true), SyncCounts.ZERO);
        store.runs.quarantine(integration.id(), first.id(), List.of(new QuarantinedRecord("candidates", "candidates",
                "bad", null, "remote_id is missing", Json.object(), Json.object().put("id", "bad"))));
        store.runs.finish(first.id(), "node", "SUCCEEDED", SyncCounts.ZERO, List.of("candidates"), null, null, null);
        SyncRun second = store.runs.enqueue(integration.id(), "FULL", "test", 2_000).run();
        store.runs.claim("node", 2_000, 60_000, second.id()).orElseThrow();
        store.runs.saveCheckpoint(second.id(), "candidates", Json.object().put("next", 2), SyncCounts.ZERO);
        new AuthStateStore(store.database, StoreFixture.SECRETS).save(integration.id(),
                Json.object().put("refresh_token", "r"));
        return List.of(first.id(), second.id());
    }

    /** Every table with an integration_id column, as the migrations left the store. */
    private static Set<String> tablesByIntegration(StoreFixture store) {
        return store.database.read(connection -> {
            Set<String> tables = new TreeSet<>();
            try (ResultSet columns = connection.getMetaData().getColumns(connection.getCatalog(),
                    connection.getSchema(), "%", "integration_id")) {
                while (columns.next()) {
                    tables.add(columns.getString("TABLE_NAME").toLowerCase());
                }
            }
            return tables;
        });
    }

    /** Rows per table of one integration, and its sync checkpoints (kept by sync, not by integration). */
    private static Map<String, Long> rowsOf(StoreFixture store, String integrationId, List<String> syncIds) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tablesByIntegration(store)) {
            counts.put(table, count(store, "SELECT COUNT(*) FROM " + table + " WHERE integration_id = ?",
                    List.of(integrationId)));
        }
        counts.put("integrations", count(store, "SELECT COUNT(*) FROM integrations WHERE id = ?",
                List.of(integrationId)));
        counts.put("sync_checkpoints", count(store, "SELECT COUNT(*) FROM sync_checkpoints WHERE sync_id IN (?, ?)",
                syncIds));
        return counts;
    }

    private static long count(StoreFixture store, String sql, List<String> parameters) {
        return store.database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    select.setString(i + 1, parameters.get(i));
                }
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    @StoreTest
    void deletingAnIntegrationPurgesEveryTableAndQueuesItsWebhookWithIt(StoreFixture store) {
        Integration doomed = store.integration;
        Integration kept = store.newIntegration();
        List<String> doomedSyncs = fill(store, doomed);
        List<String> keptSyncs = fill(store, kept);
        WebhookStore webhooks = new WebhookStore(store.database, StoreFixture.SECRETS);
        WebhookEndpoint endpoint = webhooks.createEndpoint(store.environment.id(), "https://hooks.example.test",
                List.of("integration-deleted"), 1_000).endpoint();

        Set<String> filled = Set.of("integrations", "records", "record_keys", "sync_runs", "sync_checkpoints",
                "quarantined_records", "integration_auth");
        Map<String, Long> before = rowsOf(store, doomed.id(), doomedSyncs);
        assertTrue(before.keySet().containsAll(filled), before.keySet().toString());
        // Every table keyed by integration is checked below; these ones are known to hold some of its rows.
        filled.forEach(table -> assertTrue(before.get(table) > 0, table + " holds nothing to purge"));
        Map<String, Long> keptBefore = rowsOf(store, kept.id(), keptSyncs);
        assertEquals(before, keptBefore, "both integrations hold the same amount");

        WebhookStore.Event deleted = new WebhookStore.Event("event-1", "integration-deleted", "{\"id\":1}");
        assertTrue(store.integrations.delete(doomed.id(), List.of(deleted)));

        rowsOf(store, doomed.id(), doomedSyncs).forEach((table, rows) ->
                assertEquals(0L, rows, table + " still holds rows of the deleted integration"));
        assertEquals(keptBefore, rowsOf(store, kept.id(), keptSyncs), "the other integration is untouched");
        assertTrue(store.integrations.find(doomed.id()).isEmpty());
        assertEquals(List.of(kept.id()), store.integrations.listByEnvironment(store.environment.id()).stream()
                .map(Integration::id).toList());
        assertEquals(3, store.records.count(kept.id(), "candidates", false));

        List<WebhookDelivery> queued = webhooks.deliveries(endpoint.id(), 10);
        assertEquals(1, queued.size());
        assertEquals("integration-deleted", queued.get(0).type());
        assertEquals("event-1", queued.get(0).eventId());

        assertFalse(store.integrations.delete(doomed.id(), List.of(deleted)), "deleting twice finds nothing");
        assertEquals(1, webhooks.deliveries(endpoint.id(), 10).size(), "and announces nothing");
    }

    @StoreTest
    void aWriteOfTheDeletedIntegrationsRecordsFailsInsteadOfLeavingOrphans(StoreFixture store) {
        Integration doomed = store.newIntegration();
        List<String> syncs = fill(store, doomed);
        assertTrue(store.integrations.delete(doomed.id(), List.of()));

        // A sync on another node that has not noticed yet: its next page cannot land.
        String id = RecordIds.of(doomed.id(), "candidates", "late");
        ObjectNode content = Json.object().put("id", id).put("remote_id", "late").put("first_name", "Late");
        RecordRow late = UnifiedRecord.of(StoreFixture.MODELS.get("candidates"), id, "late", content).row();
        // The missing integration refuses the record, and its key rows roll back with it.
        assertThrows(StoreException.class, () -> store.writer.upsert(doomed.id(), syncs.get(1), List.of(late), 3_000,
                true));
        rowsOf(store, doomed.id(), syncs).forEach((table, rows) ->
                assertEquals(0L, rows, table + " holds rows written after the deletion"));
    }

    @StoreTest
    void enablingAndDisablingQueuesItsEventOnlyWhenTheStateChanges(StoreFixture store) {
        WebhookStore webhooks = new WebhookStore(store.database, StoreFixture.SECRETS);
        WebhookEndpoint endpoint = webhooks.createEndpoint(store.environment.id(), "https://hooks.example.test",
                List.of("integration-state-changed"), 1_000).endpoint();
        String id = store.integration.id();
        WebhookStore.Event changed = new WebhookStore.Event("e", "integration-state-changed", "{}");

        assertFalse(store.integrations.setEnabled(id, true, List.of(changed)), "enabled already");
        assertEquals(0, webhooks.deliveries(endpoint.id(), 10).size());
        assertTrue(store.integrations.setEnabled(id, false, List.of(changed)));
        assertFalse(store.integrations.find(id).orElseThrow().enabled());
        assertTrue(store.integrations.listEnabled().stream().noneMatch(found -> found.id().equals(id)));
        assertFalse(store.integrations.setEnabled(id, false, List.of(changed)), "disabled already");
        assertEquals(1, webhooks.deliveries(endpoint.id(), 10).size());
        assertTrue(store.integrations.setEnabled(id, true, List.of(changed)));
        assertTrue(store.integrations.find(id).orElseThrow().enabled());
        assertEquals(2, webhooks.deliveries(endpoint.id(), 10).size());
        assertFalse(store.integrations.setEnabled("demo:nothing", false, List.of(changed)));
    }
}
