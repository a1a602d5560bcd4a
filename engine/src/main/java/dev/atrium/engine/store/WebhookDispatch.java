package dev.atrium.engine.store;

/**
 * A delivery claimed for sending: where it goes, the secret that signs it (decrypted, so never log this) and
 * the exact body to send.
 */
public record WebhookDispatch(String deliveryId, String url, String secret, String eventId, String type,
        String payload, int attempts) {

    @Override
    public String toString() {
        return "WebhookDispatch[" + deliveryId + "]";
    }
}
