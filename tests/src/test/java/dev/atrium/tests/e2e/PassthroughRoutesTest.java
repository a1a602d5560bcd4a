package dev.atrium.tests.e2e;

import static dev.atrium.tests.e2e.ApiShapes.assertError;
import dev.atrium.engine.store.IntegrationSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.store.EndUser;
import dev.atrium.engine.store.Integration;
import dev.atrium.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kombo's passthrough over real HTTP against the Sage HR simulator: the envelope, the tool's answers, refusals. */
class PassthroughRoutesTest {

    @TempDir
    Path folder;

    private static AtriumUnderTest.Response passthrough(AtriumUnderTest atrium, String key, String integrationId,
            String toolAndApi, String body) {
        return atrium.request("POST", "/v1/passthrough/" + toolAndApi, body,
                Map.of("Authorization", "Bearer " + key, "X-Integration-Id", integrationId));
    }

    @Test
    void sendsTheCallersRequestToTheToolAndAnswersInTheEnvelopeWithWarnings() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            String key = environment[1];
            Integration sage = atrium.connect(environment[0], "sagehr");
            String baseUrl = atrium.simulator("sagehr").baseUrl();
            String apiKey = atrium.simulator("sagehr").credentials().get("api_key");

            // No sync has run: passthrough talks to the tool and needs no synced data.
            AtriumUnderTest.Response response = passthrough(atrium, key, sage.id(), "sagehr/default",
                    "{\"method\": \"GET\", \"path\": \"/recruitment/positions\", \"params\": {\"per_page\": \"2\"}}");
            assertEquals(200, response.status(), String.valueOf(response.body()));
            JsonNode body = response.body();
            assertEquals(List.of("status", "data", "warnings"), names(body));
            assertEquals("success", body.get("status").asText());
            assertTrue(body.get("warnings").isArray() && body.get("warnings").isEmpty(), body.toString());
            JsonNode data = body.get("data");
            assertEquals(List.of("url", "status", "headers", "data"), names(data));
            assertEquals(baseUrl + "/recruitment/positions?per_page=2", data.get("url").asText());
            assertEquals(200, data.get("status").asInt());
            assertTrue(data.at("/headers/content-type").asText().startsWith("application/json"), data.toString());
            assertEquals(atrium.sandboxGet("sagehr", "/recruitment/positions?per_page=2"), data.get("data"),
                    "the tool's own answer, as its API gives it");
            assertEquals(2, data.at("/data/data").size());
            assertFalse(body.toString().contains(apiKey), "the API key Atrium added is nowhere in the answer");

            // The tool's errors are answers: HTTP 200, with the tool's status in data.status.
            AtriumUnderTest.Response missing = passthrough(atrium, key, sage.id(), "sagehr/default",
                    "{\"method\": \"GET\", \"path\": \"/recruitment/nothing-here\"}");
            assertEquals(200, missing.status(), String.valueOf(missing.body()));
            assertEquals(404, missing.body().at("/data/status").asInt());
            assertTrue(missing.body().at("/data/data").isTextual(), "an HTML answer comes back as text");
        }
    }

    @Test
    void refusalsUseTheGeneralErrorEnvelopeAndKeysSeeOnlyTheirEnvironment() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            String key = environment[1];
            Integration sage = atrium.connect(environment[0], "sagehr");
            String[] other = atrium.environmentWithKey("development");
            String get = "{\"method\": \"GET\", \"path\": \"/recruitment/positions\"}";

            // Another environment's key cannot even learn that the integration exists.
            assertError(passthrough(atrium, other[1], sage.id(), "sagehr/default", get), 404,
                    "PLATFORM.INTEGRATION_NOT_FOUND", "in this environment");
            assertError(atrium.request("POST", "/v1/passthrough/sagehr/default", get,
                    Map.of("Authorization", "Bearer " + key)), 400, "PLATFORM.INPUT_INVALID", "X-Integration-Id");
            assertError(passthrough(atrium, "atr_not_a_key", sage.id(), "sagehr/default", get), 401,
                    "PLATFORM.AUTHENTICATION_INVALID", "not valid");

            assertError(passthrough(atrium, key, sage.id(), "paycor/default", get), 400, "PLATFORM.INPUT_INVALID",
                    "tool 'paycor'");
            assertError(passthrough(atrium, key, sage.id(), "sagehr/v2", get), 400, "PLATFORM.INPUT_INVALID",
                    "api 'v2'");
            assertError(passthrough(atrium, key, sage.id(), "sagehr/default",
                    "{\"method\": \"GET\", \"path\": \"http://127.0.0.1:1/steal\"}"), 400, "PLATFORM.INPUT_INVALID",
                    "absolute URL");
            assertError(passthrough(atrium, key, sage.id(), "sagehr/default",
                    "{\"method\": \"GET\", \"path\": \"/recruitment/%2e%2e/%2e%2e/admin\"}"), 400,
                    "PLATFORM.INPUT_INVALID", "..");
            assertError(passthrough(atrium, key, sage.id(), "sagehr/default",
                    "{\"method\": \"GET\", \"path\": \"/employees\", \"headers\": {\"X-Auth-Token\": \"mine\"}}"), 400,
                    "PLATFORM.INPUT_INVALID", "headers.X-Auth-Token");
            assertError(passthrough(atrium, key, sage.id(), "sagehr/default", "{\"path\": \"/employees\"}"), 400,
                    "PLATFORM.INPUT_INVALID", "method");

            // No answer at all is a general error: the general code list has no REMOTE codes.
            Integration unreachable = atrium.admin.createIntegration(environment[0], "sagehr",
                    atrium.simulator("sagehr").credentials(), "http://127.0.0.1:9", new EndUser("Gone Ltd", null, null),
                    IntegrationSettings.readingAll());
            assertError(passthrough(atrium, key, unreachable.id(), "sagehr/default",
                    "{\"method\": \"POST\", \"path\": \"/recruitment/positions\", \"data\": {}}"), 502,
                    "PLATFORM.UNKNOWN_ERROR", "no answer from the tool");
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
