package dev.atrium.sandbox.paycor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Refresh tokens rotate and are single use on both token endpoints; access tokens expire. */
class PaycorTokenTest {

    @RegisterExtension
    static final RunningPaycor RUNNING = RunningPaycor.resettingAfterEach(SandboxOptions.defaults());

    @Test
    void theConsentRefreshTokenWorksOnceAndTheRotatedOneWorksNext() {
        PaycorClient client = RUNNING.client();
        String initial = client.credentials.get("refresh_token");
        PaycorClient.Reply first = client.refresh(initial);
        assertEquals(200, first.status(), first.body());
        JsonNode grant = first.json();
        assertEquals(1800, grant.get("expires_in").asInt());
        assertEquals("Bearer", grant.get("token_type").asText());
        assertTrue(grant.get("refresh_token").asText().matches("[0-9a-f]{64}"));
        assertEquals(3, grant.get("access_token").asText().split("\\.").length, "shaped like a JWT");
        assertNotEquals(initial, grant.get("refresh_token").asText());

        PaycorClient.Reply reused = client.refresh(initial);
        assertEquals(400, reused.status());
        assertEquals("invalid_grant", reused.json().get("error").asText());

        PaycorClient.Reply next = client.refresh(grant.get("refresh_token").asText());
        assertEquals(200, next.status());
        assertEquals(400, client.refresh(grant.get("refresh_token").asText()).status(), "spent once used");

        String access = grant.get("access_token").asText();
        assertEquals(200, client.getWith(client.ats() + "/jobs", Map.of("Ocp-Apim-Subscription-Key", client.subscriptionKey,
                "Authorization", "Bearer " + access)).status(), "earlier access tokens live until they expire");
    }

    @Test
    void theJsonEndpointRotatesTheSameTokensAndWantsSnakeCaseJson() {
        PaycorClient client = RUNNING.client();
        String token = RUNNING.paycor().authorize();
        String path = "/v1/authenticationsupport/retrieveAccessTokenWithRefreshToken";
        Map<String, String> key = Map.of("Ocp-Apim-Subscription-Key", client.subscriptionKey, "Content-Type", "application/json");
        String camel = "{\"refreshToken\":\"" + token + "\",\"clientId\":\"" + client.credentials.get("client_id")
                + "\",\"clientSecret\":\"" + client.credentials.get("client_secret") + "\"}";
        PaycorClient.Reply camelReply = client.postWith(path, camel, key);
        assertEquals(400, camelReply.status());
        assertTrue(camelReply.json().get("source").has("refresh_token"));

        PaycorClient.Reply formReply = client.postWith(path, "refresh_token=" + token,
                Map.of("Ocp-Apim-Subscription-Key", client.subscriptionKey, "Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(415, formReply.status());

        String snake = "{\"refresh_token\":\"" + token + "\",\"client_id\":\"" + client.credentials.get("client_id")
                + "\",\"client_secret\":\"" + client.credentials.get("client_secret") + "\"}";
        PaycorClient.Reply ok = client.postWith(path, snake, key);
        assertEquals(200, ok.status(), ok.body());
        String rotated = ok.json().get("refresh_token").asText();
        assertEquals(400, client.postWith(path, snake, key).status(), "the spent token is refused here too");
        assertEquals(400, client.refresh(token).status(), "and at the STS endpoint");
        assertEquals(200, client.refresh(rotated).status(), "the rotated token works at the other endpoint");
        assertEquals(401, client.postWith(path, snake, Map.of("Content-Type", "application/json")).status(),
                "the subscription key is required");
    }

    @Test
    void wrongClientCredentialsAndOtherGrantsAreRefused() {
        PaycorClient client = RUNNING.client();
        String token = RUNNING.paycor().authorize();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", token);
        form.put("client_id", client.credentials.get("client_id"));
        form.put("client_secret", "wrong");
        String sts = "/sts/v1/common/token?subscription-key=" + client.subscriptionKey;
        PaycorClient.Reply wrongSecret = client.postForm(sts, form);
        assertEquals(400, wrongSecret.status());
        assertEquals("invalid_client", wrongSecret.json().get("error").asText());
        assertEquals(200, client.refresh(token).status(), "a refused client did not spend the token");

        Map<String, String> code = Map.of("grant_type", "authorization_code", "code", "abc",
                "client_id", client.credentials.get("client_id"), "client_secret", client.credentials.get("client_secret"));
        assertEquals("invalid_grant", client.postForm(sts, code).json().get("error").asText());
        assertEquals(401, client.postForm("/sts/v1/common/token", form).status(), "no subscription key");

        client.control("PUT", "/settings", "{\"refresh_error_body\": \"paycor_error\"}");
        PaycorClient.Reply asPaycorError = client.refresh(token);
        assertEquals(400, asPaycorError.status());
        PaycorAccessTest.assertPaycorError(asPaycorError.json());
        assertEquals("invalid_grant", asPaycorError.json().get("title").asText());
    }

    @Test
    void anExpiredAccessTokenIs401WithoutBody() throws InterruptedException {
        PaycorClient client = RUNNING.client();
        RUNNING.client().control("PUT", "/settings", "{\"access_token_ttl_seconds\": 1}");
        PaycorClient.Reply grant = client.refresh(RUNNING.paycor().authorize());
        assertEquals(1, grant.json().get("expires_in").asInt());
        Map<String, String> headers = Map.of("Ocp-Apim-Subscription-Key", client.subscriptionKey,
                "Authorization", "Bearer " + grant.json().get("access_token").asText());
        assertEquals(200, client.getWith(client.ats() + "/jobs", headers).status());
        Thread.sleep(1200);
        PaycorClient.Reply expired = client.getWith(client.ats() + "/jobs", headers);
        assertEquals(401, expired.status());
        assertEquals("", expired.body());
        PaycorClient.Reply again = client.refresh(grant.json().get("refresh_token").asText());
        assertEquals(200, again.status(), "the refresh token outlives the access token");
        JsonNode state = client.control("GET", "/state", null).json().get("tokens");
        assertTrue(state.get("access_tokens_issued").asLong() >= 2);
    }
}
