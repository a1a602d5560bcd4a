package dev.atrium.sandbox.icims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.SimulatorClient.Reply;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Basic and OAuth client-credentials access, the customer id in the path, and the quota headers (fact sheet A2, A5). */
class IcimsAccessTest {

    @RegisterExtension
    static final RunningIcims RUNNING = RunningIcims.keepingState(SandboxOptions.defaults());

    @Test
    void callsWithoutOrWithWrongCredentialsAreRefusedWithTheDocumentedBody() {
        IcimsClient client = RUNNING.client();
        for (Reply r : new Reply[] {client.getWith(client.customer + "/jobs/1001", Map.of()),
            client.getWith(client.customer + "/jobs/1001", Map.of("Authorization", "Basic bm9ib2R5Om5vcGU=")),
            client.getWith(client.customer + "/jobs/1001", Map.of("Authorization", "Bearer not-a-token"))}) {
            assertEquals(401, r.status());
            JsonNode error = r.json().get("errors").get(0);
            assertEquals("Invalid Username or Password credentials provided.", error.get("errorMessage").asText());
            assertEquals(6, error.get("errorCode").asInt());
            assertTrue(r.headers().firstValue("X-Error").orElseThrow().startsWith("6:"));
        }
    }

    @Test
    void anotherCustomerIdIsNotFound() {
        IcimsClient client = RUNNING.client();
        Reply r = client.getWith("/customers/1/jobs/1001", Map.of("Authorization", client.basic));
        assertEquals(404, r.status());
        assertEquals(2, r.json().get("errors").get(0).get("errorCode").asInt());
    }

    @Test
    void everyAnswerCarriesTheDailyQuotaHeadersResettingAtMidnightUtc() {
        Reply r = RUNNING.client().get("/jobs/1001");
        assertEquals(200, r.status());
        assertEquals("10000", r.headers().firstValue("x-ratelimit-limit").orElseThrow());
        long remaining = Long.parseLong(r.headers().firstValue("x-ratelimit-remaining").orElseThrow());
        assertTrue(remaining < 10_000 && remaining >= 0);
        long reset = Long.parseLong(r.headers().firstValue("x-ratelimit-reset").orElseThrow());
        long toMidnight = 86_400 - Instant.now().getEpochSecond() % 86_400;
        assertTrue(Math.abs(reset - toMidnight) <= 2, "reset " + reset + " vs " + toMidnight);
        assertTrue(r.headers().firstValue("x-transaction").orElseThrow().matches("\\{[0-9A-F-]{36}}"));
    }

    @Test
    void clientCredentialsNeedTheSecretAndTheAudienceAndGiveAWorkingBearerToken() {
        IcimsClient client = RUNNING.client();
        String id = client.credentials.get("client_id");
        String secret = client.credentials.get("client_secret");
        Reply wrongSecret = client.token(id, secret + "x", IcimsSettings.DEFAULT_AUDIENCE);
        assertEquals(401, wrongSecret.status());
        assertEquals("access_denied", wrongSecret.json().get("error").asText());
        assertEquals(403, client.token(id, secret, "https://example.com/").status());

        Reply ok = client.token(id, secret, IcimsSettings.DEFAULT_AUDIENCE);
        assertEquals(200, ok.status());
        assertEquals("Bearer", ok.json().get("token_type").asText());
        assertEquals(86_400, ok.json().get("expires_in").asInt());
        String bearer = "Bearer " + ok.json().get("access_token").asText();
        assertEquals(200, client.getWith(client.customer + "/jobs/1001", Map.of("Authorization", bearer)).status());
    }
}
