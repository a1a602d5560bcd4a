package dev.atrium.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.SimulatorInfo;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operators' HTTP routes: the same operations as the command line, under an admin key. */
class AdminRoutesTest {

    @TempDir
    Path folder;

    @Test
    void anAdminKeyCreatesEnvironmentsKeysAndIntegrationsThatThenServeData() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String adminKey = atrium.admin.createApiKey(null, true, "ops").key();
            Map<String, String> asAdmin = Map.of("Authorization", "Bearer " + adminKey);

            AtriumUnderTest.Response environment = atrium.post(atrium.apiBase() + "/admin/environments",
                    "{\"name\": \"production\"}", asAdmin);
            assertEquals(200, environment.status(), String.valueOf(environment.body()));
            AtriumUnderTest.Response key = atrium.post(atrium.apiBase() + "/admin/api-keys",
                    "{\"environment\": \"production\"}", asAdmin);
            assertEquals(200, key.status(), String.valueOf(key.body()));
            String apiKey = key.body().at("/data/key").asText();

            SimulatorInfo sage = atrium.simulator("sagehr");
            String body = "{\"environment\": \"production\", \"tool\": \"sagehr\", \"base_url\": \"" + sage.baseUrl()
                    + "\", \"connection\": {\"subdomain\": \"" + sage.credentials().get("subdomain")
                    + "\", \"api_key\": \"" + sage.credentials().get("api_key") + "\"}}";
            AtriumUnderTest.Response created = atrium.post(atrium.apiBase() + "/admin/integrations", body, asAdmin);
            assertEquals(200, created.status(), String.valueOf(created.body()));
            JsonNode integration = created.body().get("data");
            assertFalse(created.body().toString().contains(sage.credentials().get("api_key")),
                    "secrets are never served back");
            assertEquals("[\"api_key\",\"subdomain\"]", integration.get("connection_fields").toString());

            SyncRun run = atrium.sync(integration.get("id").asText());
            assertEquals("SUCCEEDED", run.state(), run.error());
            assertEquals(200, atrium.api("/v1/ats/jobs", apiKey, integration.get("id").asText()).status());
        }
    }

    @Test
    void adminRoutesRefuseOtherKeysAndBadInput() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            String adminKey = atrium.admin.createApiKey(null, true, "ops").key();

            AtriumUnderTest.Response withEnvironmentKey = atrium.post(atrium.apiBase() + "/admin/environments",
                    "{\"name\": \"x\"}", Map.of("Authorization", "Bearer " + environment[1]));
            assertEquals(401, withEnvironmentKey.status());
            ApiShapes.assertError(withEnvironmentKey.body());

            AtriumUnderTest.Response adminOnData = atrium.api("/v1/ats/jobs", adminKey, "sagehr:x");
            assertEquals(401, adminOnData.status());

            Map<String, String> asAdmin = Map.of("Authorization", "Bearer " + adminKey);
            AtriumUnderTest.Response notJson = atrium.post(atrium.apiBase() + "/admin/integrations", "{not json", asAdmin);
            assertEquals(400, notJson.status());
            assertTrue(notJson.body().at("/error/message").asText().contains("not valid JSON"));

            AtriumUnderTest.Response unknownTool = atrium.post(atrium.apiBase() + "/admin/integrations",
                    "{\"environment\": \"production\", \"tool\": \"nosuch\", \"connection\": {}}", asAdmin);
            assertEquals(400, unknownTool.status());
            assertTrue(unknownTool.body().at("/error/message").asText().contains("no tool 'nosuch'"));

            AtriumUnderTest.Response duplicate = atrium.post(atrium.apiBase() + "/admin/environments",
                    "{\"name\": \"production\"}", asAdmin);
            assertEquals(400, duplicate.status());
        }
    }
}
