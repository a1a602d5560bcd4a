package dev.atrium.sandbox.phenom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.SimulatorClient.Reply;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The login host's token exchange, the token on every call, and x-ph-userId where the cards require it. */
class PhenomAccessTest {

    @RegisterExtension
    static final RunningPhenom RUNNING = RunningPhenom.resettingAfterEach(SandboxOptions.defaults());

    private static void assertError(Reply r, int status) {
        assertEquals(status, r.status(), r.body());
        assertEquals(status, r.json().get("status").asInt(), r.body());
        assertTrue(r.json().get("message").asText().length() > 3, r.body());
    }

    private static JsonNode readJson(String text) {
        try {
            return PhenomClient.JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theTokenIsAJwtFirstInTheBodyWithAnExpClaim() {
        Reply r = RUNNING.client().tokenCall(RUNNING.client().credentials.get("client_id"),
                RUNNING.client().credentials.get("client_secret"));
        assertEquals(200, r.status(), r.body());
        JsonNode body = r.json();
        assertEquals("access_token", body.fieldNames().next(), "an SDK reads the first property as the token");
        assertEquals("Bearer", body.get("token_type").asText());
        assertEquals(3600, body.get("expires_in").asInt());
        String[] parts = body.get("access_token").asText().split("\\.");
        assertEquals(3, parts.length);
        JsonNode claims = readJson(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        assertEquals(3600, claims.get("exp").asLong() - claims.get("iat").asLong());
    }

    @Test
    void wrongOrMissingClientCredentialsAreRefused() {
        PhenomClient c = RUNNING.client();
        assertError(c.tokenCall(c.credentials.get("client_id"), "not-the-secret"), 401);
        assertError(c.tokenCall("", c.credentials.get("client_secret")), 400);
        Reply json = c.postWith("/auth/token", "{\"clientId\":\"x\",\"clientSecret\":\"y\"}", Map.of("Content-Type", "application/json"));
        assertError(json, 400);
    }

    @Test
    void apiCallsNeedAValidToken() {
        PhenomClient c = RUNNING.client();
        assertError(c.getWith("/jobs-api/v1/jobs", Map.of()), 401);
        assertError(c.getWith("/jobs-api/v1/jobs", Map.of("Authorization", "Bearer not.a.token")), 401);
        String token = c.login();
        assertEquals(200, c.getWith("/jobs-api/v1/jobs", Map.of("Authorization", "Bearer " + token)).status());
        assertEquals(200, c.getWith("/jobs-api/v1/jobs", Map.of("Authorization", token)).status(),
                "the cards send the token without a prefix");
        c.control("PUT", "/settings", "{\"accept_token_without_bearer\": false}");
        assertError(c.getWith("/jobs-api/v1/jobs", Map.of("Authorization", token)), 401);
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        PhenomClient c = RUNNING.client();
        c.control("PUT", "/settings", "{\"token_ttl_seconds\": 1}");
        String token = c.login();
        assertEquals(200, c.getWith("/jobs-api/v1/jobs", Map.of("Authorization", "Bearer " + token)).status());
        Thread.sleep(1200);
        assertError(c.getWith("/jobs-api/v1/jobs", Map.of("Authorization", "Bearer " + token)), 401);
    }

    @Test
    void candidateApplicantAndWorkflowCallsNeedTheActingUser() {
        PhenomClient c = RUNNING.client();
        String auth = "Bearer " + c.login();
        String jobId = c.allJobs(null).get(0).get("jobId").asText();
        for (String path : new String[] {"/candidates-api/v1/candidates?candidateId=CAND-100000",
                "/candidates-api/applications/v1/jobs/" + jobId + "/applicants?from=0&size=5",
                "/projects-api/v1/workflow-statuses"}) {
            assertError(c.getWith(path, Map.of("Authorization", auth)), 400);
            assertEquals(200, c.getWith(path, Map.of("Authorization", auth, "x-ph-userid", c.userId)).status(), path);
        }
        assertEquals(200, c.getWith("/jobs-api/v1/jobs", Map.of("Authorization", auth)).status(), "jobs need no user");
    }

    @Test
    void unknownOperationsAnswerTheErrorEnvelope() {
        assertError(RUNNING.client().get("/jobs-api/v1/nothing"), 404);
    }
}
