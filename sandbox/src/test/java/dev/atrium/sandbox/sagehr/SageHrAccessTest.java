package dev.atrium.sandbox.sagehr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.SimulatorInfo;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Connection details, the API token, the Accept-header quirk and the 404 shapes. */
class SageHrAccessTest {

    private static Vertx vertx;
    private static Sandbox sandbox;
    private static SageHrClient client;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        sandbox = Sandbox.start(vertx, SandboxOptions.defaults());
        client = new SageHrClient(sandbox);
    }

    @AfterEach
    void reset() {
        sandbox.sagehr().reset();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
        vertx.close().await();
    }

    @Test
    void describesTheSageHrSimulatorWithOurConnectorsCredentialNames() {
        SimulatorInfo info = sandbox.simulators().get(0);
        assertEquals("sagehr", info.tool());
        assertEquals("http://127.0.0.1:" + sandbox.port() + "/sagehr/api", info.baseUrl());
        assertEquals("sandbox", info.credentials().get("subdomain"));
        assertEquals(sandbox.sagehr().apiToken(), info.credentials().get("api_key"));
        assertTrue(info.credentials().get("api_key").matches("[0-9a-f]{40}"));
    }

    @Test
    void missingOrWrongTokenIs401WithAVendorShapedBody() {
        for (Map<String, String> headers : List.of(
                Map.of("Accept", "application/json"),
                Map.of("Accept", "application/json", "X-Auth-Token", "not-the-token"))) {
            SageHrClient.Reply reply = client.getWith("/recruitment/positions", headers);
            assertEquals(401, reply.status());
            assertTrue(reply.contentType().startsWith("application/json"));
            assertTrue(reply.json().get("error_code").isTextual());
            assertTrue(reply.json().get("errors").isArray());
        }
        assertEquals(401, client.getWith("/employees", Map.of()).status());
        assertEquals(200, client.get("/recruitment/positions").status());
    }

    @Test
    void recruitmentRoutesWithoutJsonAcceptAnswer404Html() {
        for (Map<String, String> headers : List.of(
                Map.of("X-Auth-Token", client.token),
                Map.of("X-Auth-Token", client.token, "Accept", "*/*"),
                Map.of("X-Auth-Token", client.token, "Accept", "text/html"))) {
            SageHrClient.Reply reply = client.getWith("/recruitment/positions", headers);
            assertEquals(404, reply.status());
            assertTrue(reply.contentType().startsWith("text/html"));
            assertTrue(reply.body().toLowerCase().contains("<html"));
        }
        assertEquals(404, client.getWith("/recruitment/applicants/1", Map.of("X-Auth-Token", client.token)).status());
    }

    @Test
    void coreRoutesDoNotCareAboutAccept() {
        SageHrClient.Reply reply = client.getWith("/employees", Map.of("X-Auth-Token", client.token));
        assertEquals(200, reply.status());
        assertTrue(reply.json().get("data").size() > 0);
    }

    @Test
    void acceptQuirkCanBeSwitchedOff() {
        SageHrClient.Reply put = client.control("PUT", "/settings", "{\"accept_header_quirk\": false}");
        assertEquals(200, put.status());
        assertFalse(put.json().get("accept_header_quirk").asBoolean());
        assertEquals(200, client.getWith("/recruitment/positions", Map.of("X-Auth-Token", client.token)).status());
    }

    @Test
    void unknownIdsAnswerTheDocumentedNotFoundBody() {
        for (String path : new String[] {"/recruitment/positions/1", "/recruitment/applicants/999999",
                "/recruitment/applicants/abc", "/recruitment/positions/999/applicants", "/employees/5"}) {
            SageHrClient.Reply reply = client.get(path);
            assertEquals(404, reply.status(), path);
            JsonNode body = reply.json();
            assertEquals("not_found", body.get("error_code").asText());
            assertEquals(0, body.get("errors").size());
        }
    }

    @Test
    void endpointsOutsideTheDocumentedSetAreRoutingMisses() {
        SageHrClient.Reply reply = client.get("/recruitment/applicants");
        assertEquals(404, reply.status());
        assertTrue(reply.contentType().startsWith("text/html"));
        assertNotEquals(200, client.get("/recruitment/stages").status());
    }

    @Test
    void closingTheSandboxLeavesTheCallersVertxRunning() {
        Sandbox second = Sandbox.start(vertx, SandboxOptions.defaults());
        second.close();
        // The shared Vertx must still accept work after the sandbox it hosted is gone.
        assertEquals("ok", vertx.executeBlocking(() -> "ok").await());
    }
}
