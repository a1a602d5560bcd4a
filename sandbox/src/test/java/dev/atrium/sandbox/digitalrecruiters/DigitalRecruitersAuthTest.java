package dev.atrium.sandbox.digitalrecruiters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.support.SimulatorClient.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The public API's credentials (fact sheet 3.3): API key on every call, login, bearer, expiry and refresh. */
class DigitalRecruitersAuthTest {

    @RegisterExtension
    static final RunningDigitalRecruiters RUNNING = RunningDigitalRecruiters.resettingAfterEach(
            DigitalRecruitersSettings.defaults());

    @Test
    void loginNeedsTheApiKeyAndTheRightPasswordAndAcceptsEmailOrUsername() {
        DigitalRecruitersClient c = RUNNING.client();
        String email = c.credentials.get("email");
        String password = c.credentials.get("password");
        String body = "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}";
        Reply noKey = c.postWith("/public/v1/users/login", body, Map.of("Content-Type", "application/json"));
        assertEquals(401, noKey.status());
        assertEquals(401, noKey.json().get("code").asInt());

        Reply wrong = c.postApi("/public/v1/users/login", "{\"email\": \"" + email + "\", \"password\": \"guess\"}");
        assertEquals(401, wrong.status());
        assertEquals("Invalid credentials.", wrong.json().get("message").asText());

        JsonNode byEmail = c.postApi("/public/v1/users/login", body).json();
        assertTrue(byEmail.get("token").asText().split("\\.").length == 3, "a JWT");
        assertTrue(byEmail.get("refresh_token").asText().length() >= 32);
        Reply byUsername = c.postApi("/public/v1/users/login",
                "{\"username\": \"" + email + "\", \"password\": \"" + password + "\"}");
        assertEquals(200, byUsername.status());
    }

    @Test
    void readsNeedTheKeyAndAValidBearer() {
        DigitalRecruitersClient c = RUNNING.client();
        String token = c.login().json().get("token").asText();
        String path = DigitalRecruitersClient.APPLICATIONS;
        Reply noBearer = c.getWith(path, Map.of("X-DR-API-KEY", c.credentials.get("api_key")));
        assertEquals(401, noBearer.status());
        assertEquals("JWT Token not found", noBearer.json().get("message").asText());
        Reply forged = c.getWith(path, Map.of("X-DR-API-KEY", c.credentials.get("api_key"), "Authorization", "Bearer x.y.z"));
        assertEquals("Invalid JWT Token", forged.json().get("message").asText());
        assertEquals(401, c.getWith(path, Map.of("Authorization", "Bearer " + token)).status(), "the key is still needed");
        assertEquals(401, c.getWith(path, Map.of("X-DR-API-KEY", "wrong", "Authorization", "Bearer " + token)).status());
        assertEquals(200, c.getWith(path, Map.of("X-DR-API-KEY", c.credentials.get("api_key"),
                "Authorization", "Bearer " + token)).status());
    }

    @Test
    void anExpiredTokenIs401UntilRefreshedAndARefreshTokenWorksOnce() throws InterruptedException {
        DigitalRecruitersClient c = RUNNING.client();
        c.control("PUT", "/settings", "{\"access_token_ttl_seconds\": 1}");
        JsonNode pair = c.login().json();
        Map<String, String> headers = Map.of("X-DR-API-KEY", c.credentials.get("api_key"),
                "Authorization", "Bearer " + pair.get("token").asText());
        assertEquals(200, c.getWith(DigitalRecruitersClient.APPLICATIONS, headers).status());
        Thread.sleep(1_100);
        Reply expired = c.getWith(DigitalRecruitersClient.APPLICATIONS, headers);
        assertEquals(401, expired.status());
        assertEquals("Expired JWT Token", expired.json().get("message").asText());

        String refresh = "{\"token\": \"" + pair.get("refresh_token").asText() + "\"}";
        JsonNode renewed = c.postApi("/public/v1/users/refresh", refresh).json();
        assertNotEquals(pair.get("token").asText(), renewed.get("token").asText());
        assertEquals(200, c.getWith(DigitalRecruitersClient.APPLICATIONS, Map.of("X-DR-API-KEY", c.credentials.get("api_key"),
                "Authorization", "Bearer " + renewed.get("token").asText())).status());
        assertEquals(401, c.postApi("/public/v1/users/refresh", refresh).status(), "spent refresh token");
    }

    @Test
    void theRateLimitAnswers429WithRetryAfterAndNeverTouchesTheControlApi() {
        DigitalRecruitersClient c = RUNNING.client();
        c.get(DigitalRecruitersClient.APPLICATIONS);
        c.control("PUT", "/settings", "{\"rate_limit_per_window\": 2, \"rate_limit_window_seconds\": 60}");
        assertEquals(200, c.get(DigitalRecruitersClient.APPLICATIONS).status());
        assertEquals(200, c.get(DigitalRecruitersClient.APPLICATIONS).status());
        Reply limited = c.get(DigitalRecruitersClient.APPLICATIONS);
        assertEquals(429, limited.status());
        assertEquals(429, limited.json().get("code").asInt());
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60);
        assertEquals(200, c.getWith("/export/job-ads/" + c.credentials.get("feed_token"), Map.of()).status(),
                "the feed is not behind the API limit");
        assertEquals(1, c.control("GET", "/state", null).json().get("rate_limited_requests").asInt());
    }
}
