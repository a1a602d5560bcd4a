package dev.atrium.sandbox.paycor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.SimulatorInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mounting next to Sage HR, connection values, the two mandatory headers and the 404 shapes. */
class PaycorAccessTest {

    @RegisterExtension
    static final RunningPaycor RUNNING = RunningPaycor.keepingState(SandboxOptions.defaults());

    @Test
    void isMountedNextToSageHrWithOurConnectorsCredentialNames() {
        List<SimulatorInfo> all = RUNNING.sandbox().simulators();
        // Other tools are mounted after these two.
        assertEquals(List.of("sagehr", "paycor"), all.stream().map(SimulatorInfo::tool).toList().subList(0, 2));
        SimulatorInfo info = all.get(1);
        assertEquals("http://127.0.0.1:" + RUNNING.sandbox().port() + "/paycor", info.baseUrl());
        Map<String, String> c = info.credentials();
        assertEquals(Set.of("client_id", "client_secret", "subscription_key", "refresh_token",
                "legal_entity_id", "ats_account_id"), c.keySet());
        assertTrue(c.get("refresh_token").matches("[0-9a-f]{64}"), c.get("refresh_token"));
        assertTrue(c.get("subscription_key").matches("[0-9a-f]{32}"));
        assertTrue(c.get("ats_account_id").matches("[0-9a-f]{32}"));
        assertTrue(c.get("legal_entity_id").matches("\\d{6}"));
        assertEquals(RUNNING.paycor().credentials().asMap(), c);
        // The account in the credentials is the first one the vendor lists.
        JsonNode accounts = RUNNING.client().json("/v1/legalEntities/" + c.get("legal_entity_id") + "/ats/accounts");
        assertEquals(c.get("ats_account_id"), accounts.get("records").get(0).get("id").asText());
    }

    @Test
    void aMissingSubscriptionKeyIs401WithTheApimMessage() {
        PaycorClient client = RUNNING.client();
        client.login();
        String bearer = "Bearer " + accessTokenOf(client);
        PaycorClient.Reply reply = client.getWith(client.ats() + "/jobs", Map.of("Authorization", bearer));
        assertEquals(401, reply.status());
        assertTrue(reply.json().get("message").asText().startsWith("Access denied due to missing subscription key"));
        PaycorClient.Reply wrong = client.getWith(client.ats() + "/jobs",
                Map.of("Authorization", bearer, "Ocp-Apim-Subscription-Key", "0".repeat(32)));
        assertEquals(401, wrong.status());
        assertTrue(wrong.json().get("message").asText().startsWith("Access denied due to invalid subscription key"));
        PaycorClient.Reply viaQuery = client.getWith(client.ats() + "/jobs?subscription-key=" + client.subscriptionKey,
                Map.of("Authorization", bearer));
        assertEquals(200, viaQuery.status(), "the key may also come as a query parameter");
    }

    @Test
    void aMissingOrUnknownBearerTokenIs401WithoutBody() {
        PaycorClient client = RUNNING.client();
        for (Map<String, String> headers : List.of(
                Map.of("Ocp-Apim-Subscription-Key", client.subscriptionKey),
                Map.of("Ocp-Apim-Subscription-Key", client.subscriptionKey, "Authorization", "Bearer not-a-token"))) {
            PaycorClient.Reply reply = client.getWith(client.ats() + "/jobs", headers);
            assertEquals(401, reply.status());
            assertEquals("", reply.body());
        }
    }

    @Test
    void unknownRoutesGetApimsNotFoundAndUnknownIdsAPaycorError() {
        PaycorClient client = RUNNING.client();
        PaycorClient.Reply route = client.get("/v1/legalentities/" + client.legalEntityId + "/ats/accounts");
        assertEquals(404, route.status(), "paths are case-sensitive: legalEntities has a capital E");
        assertEquals("Resource not found", route.json().get("message").asText());
        assertEquals(404, client.getWith("/v1/nothing", Map.of()).status(), "no operation: 404 before any key check");

        PaycorClient.Reply entity = client.get("/v1/legalEntities/1/ats/accounts");
        assertEquals(404, entity.status());
        assertPaycorError(entity.json());
        PaycorClient.Reply job = client.get(client.ats() + "/jobs/" + "ab".repeat(16));
        assertEquals(404, job.status());
        assertPaycorError(job.json());
    }

    static void assertPaycorError(JsonNode body) {
        assertTrue(body.get("correlationId").asText().matches("[0-9a-f-]{36}"), body.toString());
        assertTrue(body.get("title").isTextual());
        assertTrue(body.get("detail").isTextual());
        assertTrue(body.has("source"));
    }

    private static String accessTokenOf(PaycorClient client) {
        PaycorClient.Reply reply = client.refresh(RUNNING.paycor().authorize());
        assertEquals(200, reply.status());
        return reply.json().get("access_token").asText();
    }
}
