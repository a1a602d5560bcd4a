package dev.atrium.engine.store;

/**
 * One webhook on its way to one endpoint, as the delivery history keeps it.
 *
 * @param state       PENDING until a receiver accepted it (DELIVERED) or every attempt failed (FAILED)
 * @param lastStatus  the HTTP status of the last attempt, null when it got no answer
 */
public record WebhookDelivery(String id, String endpointId, String eventId, String type, String state, int attempts,
        long nextAttemptAt, Integer lastStatus, String lastError, long createdAt, Long deliveredAt) {
}
