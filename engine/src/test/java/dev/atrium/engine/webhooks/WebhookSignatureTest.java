package dev.atrium.engine.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsAsHmacSha256InBase64UrlWithoutPadding() {
        // RFC 4231 test case 2 (HMAC-SHA256 of "what do ya want for nothing?" under "Jefe"), in base64url.
        assertEquals("W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM",
                WebhookSignature.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void usesTheUrlSafeAlphabet() {
        // This digest has both characters that differ between base64 and base64url.
        String signature = WebhookSignature.sign("k", "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertEquals("w6kv-eJ0zczieljBWnjsbcu9vQA4qH56EbrvICj9i_8", signature);
    }
}
