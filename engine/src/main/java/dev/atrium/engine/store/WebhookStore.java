package dev.atrium.engine.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.atrium.engine.ids.RecordIds;
import dev.atrium.engine.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Webhook endpoints per environment and the queue of deliveries to them. A delivery stays in the store until
 * a receiver accepted it or every attempt failed, so a restart loses none; a node sends a delivery under a
 * lease, and one whose node died is sent again (delivery is at least once).
 */
public final class WebhookStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final String ENDPOINTS = "SELECT id, environment_id, url, events, created_at FROM webhook_endpoints";
    private static final String DELIVERY_COLUMNS = "id, endpoint_id, event_id, type, state, attempts,"
            + " next_attempt_at, last_status, last_error, created_at, delivered_at";

    private final Database database;
    private final Secrets secrets;

    public WebhookStore(Database database, Secrets secrets) {
        this.database = database;
        this.secrets = secrets;
    }

    /** A new endpoint with the secret that signs what it receives; the secret is never readable again. */
    public record Created(WebhookEndpoint endpoint, String secret) {
        @Override
        public String toString() {
            return "Created[" + endpoint.id() + "]";
        }
    }

    /** A webhook to send to every endpoint of an environment that takes its type. */
    public record Event(String id, String type, String payload) {
    }

    public Created createEndpoint(String environmentId, String url, List<String> events, long now) {
        WebhookEndpoint endpoint = new WebhookEndpoint(RecordIds.random(), environmentId, url, events, now);
        String secret = RecordIds.secret(40);
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_endpoints (id,"
                    + " environment_id, url, secret, events, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, endpoint.id());
                insert.setString(2, environmentId);
                insert.setString(3, url);
                insert.setString(4, secrets.encrypt(secret));
                insert.setString(5, Json.write(endpoint.events()));
                insert.setLong(6, now);
                return insert.executeUpdate();
            }
        });
        return new Created(endpoint, secret);
    }

    /** The endpoints of an environment, oldest first. */
    public List<WebhookEndpoint> endpoints(String environmentId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(ENDPOINTS
                    + " WHERE environment_id = ? ORDER BY created_at, id")) {
                select.setString(1, environmentId);
                return endpoints(select);
            }
        });
    }

    public Optional<WebhookEndpoint> endpoint(String endpointId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(ENDPOINTS + " WHERE id = ?")) {
                select.setString(1, endpointId);
                return endpoints(select).stream().findFirst();
            }
        });
    }

    /** Removes an endpoint and whatever was still queued for it. */
    public boolean deleteEndpoint(String endpointId) {
        return database.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM webhook_endpoints WHERE id = ?")) {
                delete.setString(1, endpointId);
                return delete.executeUpdate() == 1;
            }
        });
    }

    /** The newest deliveries to an endpoint first, for operators following what was sent. */
    public List<WebhookDelivery> deliveries(String endpointId, int limit) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + DELIVERY_COLUMNS
                    + " FROM webhook_deliveries WHERE endpoint_id = ? ORDER BY created_at DESC, id DESC LIMIT ?")) {
                select.setString(1, endpointId);
                select.setInt(2, limit);
                List<WebhookDelivery> deliveries = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        deliveries.add(new WebhookDelivery(row.getString("id"), row.getString("endpoint_id"),
                                row.getString("event_id"), row.getString("type"), row.getString("state"),
                                row.getInt("attempts"), row.getLong("next_attempt_at"),
                                lastStatus(row), row.getString("last_error"),
                                row.getLong("created_at"), Sql.nullableLong(row, "delivered_at")));
                    }
                }
                return deliveries;
            }
        });
    }

    /** Finished syncs (ended after {@code endedAfter}) whose webhooks were not queued yet, oldest first. */
    public List<String> unannouncedRuns(long endedAfter, int limit) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM sync_runs"
                    + " WHERE announced_at IS NULL AND ended_at IS NOT NULL AND ended_at > ?"
                    + " ORDER BY ended_at, id LIMIT ?")) {
                select.setLong(1, endedAfter);
                select.setInt(2, limit);
                List<String> ids = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        ids.add(row.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    /**
     * Queues a finished sync's webhooks for every endpoint of its environment that takes them, and marks the
     * sync announced, in one transaction: exactly once across nodes. False when it was announced already.
     */
    public boolean announce(String syncId, String environmentId, List<Event> events, long now) {
        return database.transaction(connection -> {
            try (PreparedStatement mark = connection.prepareStatement("UPDATE sync_runs SET announced_at = ?"
                    + " WHERE id = ? AND announced_at IS NULL")) {
                mark.setLong(1, now);
                mark.setString(2, syncId);
                if (mark.executeUpdate() != 1) {
                    return false;
                }
            }
            enqueue(connection, environmentId, events, now);
            return true;
        });
    }

    /**
     * Queues events for every endpoint of an environment that takes their type, in the caller's transaction: so
     * a change and the webhook announcing it commit together.
     */
    static void enqueue(Connection connection, String environmentId, List<Event> events, long now)
            throws SQLException {
        List<WebhookEndpoint> endpoints;
        try (PreparedStatement select = connection.prepareStatement(ENDPOINTS + " WHERE environment_id = ?")) {
            select.setString(1, environmentId);
            endpoints = endpoints(select);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_deliveries (id,"
                + " endpoint_id, event_id, type, payload, state, attempts, next_attempt_at, created_at)"
                + " VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")) {
            for (Event event : events) {
                for (WebhookEndpoint endpoint : endpoints) {
                    if (!endpoint.events().contains(event.type())) {
                        continue;
                    }
                    insert.setString(1, RecordIds.random());
                    insert.setString(2, endpoint.id());
                    insert.setString(3, event.id());
                    insert.setString(4, event.type());
                    insert.setString(5, event.payload());
                    insert.setLong(6, now);
                    insert.setLong(7, now);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Takes up to {@code limit} deliveries that are due (or whose node's lease ran out) to send from this node. */
    public List<WebhookDispatch> claimDue(String nodeId, long now, long leaseMillis, int limit) {
        return database.transaction(connection -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM webhook_deliveries"
                    + " WHERE state = 'PENDING' AND next_attempt_at <= ?"
                    + " AND (lease_expires_at IS NULL OR lease_expires_at < ?)"
                    + " ORDER BY next_attempt_at, id LIMIT ?" + database.dialect().skipLocked())) {
                select.setLong(1, now);
                select.setLong(2, now);
                select.setInt(3, limit);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        ids.add(row.getString(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return List.<WebhookDispatch>of();
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE webhook_deliveries"
                    + " SET lease_owner = ?, lease_expires_at = ? WHERE id IN (" + Sql.placeholders(ids.size()) + ")")) {
                update.setString(1, nodeId);
                update.setLong(2, now + leaseMillis);
                Sql.bind(update, 3, ids);
                update.executeUpdate();
            }
            List<WebhookDispatch> claimed = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT d.id, e.url, e.secret, d.event_id,"
                    + " d.type, d.payload, d.attempts FROM webhook_deliveries d JOIN webhook_endpoints e"
                    + " ON e.id = d.endpoint_id WHERE d.id IN (" + Sql.placeholders(ids.size()) + ")"
                    + " ORDER BY d.next_attempt_at, d.id")) {
                Sql.bind(select, 1, ids);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        claimed.add(new WebhookDispatch(row.getString("id"), row.getString("url"),
                                secrets.decrypt(row.getString("secret")), row.getString("event_id"),
                                row.getString("type"), row.getString("payload"), row.getInt("attempts")));
                    }
                }
            }
            return claimed;
        });
    }

    /** A receiver accepted a delivery. */
    public void delivered(String deliveryId, String nodeId, int status, long now) {
        finishAttempt(deliveryId, nodeId, "DELIVERED", status, null, now, now);
    }

    /**
     * An attempt failed: the delivery is tried again at {@code retryAt}, or given up (FAILED) when that is null.
     *
     * @param status the receiver's HTTP status, null when there was no answer
     */
    public void attemptFailed(String deliveryId, String nodeId, Integer status, String error, Long retryAt, long now) {
        finishAttempt(deliveryId, nodeId, retryAt == null ? "FAILED" : "PENDING", status, error,
                retryAt == null ? now : retryAt, null);
    }

    private void finishAttempt(String deliveryId, String nodeId, String state, Integer status, String error,
            long nextAttemptAt, Long deliveredAt) {
        database.transaction(connection -> {
            // Only the node holding the lease writes the outcome: one that lost it was too slow, the other resends.
            try (PreparedStatement update = connection.prepareStatement("UPDATE webhook_deliveries SET state = ?,"
                    + " attempts = attempts + 1, last_status = ?, last_error = ?, next_attempt_at = ?,"
                    + " delivered_at = ?, lease_owner = NULL, lease_expires_at = NULL"
                    + " WHERE id = ? AND lease_owner = ? AND state = 'PENDING'")) {
                update.setString(1, state);
                Sql.bind(update, 2, status);
                update.setString(3, error);
                update.setLong(4, nextAttemptAt);
                Sql.bind(update, 5, deliveredAt);
                update.setString(6, deliveryId);
                update.setString(7, nodeId);
                return update.executeUpdate();
            }
        });
    }

    /** Forgets deliveries that are done: delivered before {@code deliveredBefore}, failed before {@code failedBefore}. */
    public int purge(long deliveredBefore, long failedBefore) {
        return database.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM webhook_deliveries"
                    + " WHERE (state = 'DELIVERED' AND delivered_at < ?) OR (state = 'FAILED' AND next_attempt_at < ?)")) {
                delete.setLong(1, deliveredBefore);
                delete.setLong(2, failedBefore);
                return delete.executeUpdate();
            }
        });
    }

    private static List<WebhookEndpoint> endpoints(PreparedStatement select) throws SQLException {
        List<WebhookEndpoint> endpoints = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                endpoints.add(new WebhookEndpoint(row.getString("id"), row.getString("environment_id"),
                        row.getString("url"), events(row.getString("events")), row.getLong("created_at")));
            }
        }
        return endpoints;
    }

    private static Integer lastStatus(ResultSet row) throws SQLException {
        Long status = Sql.nullableLong(row, "last_status");
        return status == null ? null : status.intValue();
    }

    private static List<String> events(String json) {
        try {
            return Json.MAPPER.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook endpoint events are not a JSON list: " + e.getOriginalMessage(), e);
        }
    }
}
