package dev.atrium.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.EndUser;
import dev.atrium.engine.store.Integration;
import dev.atrium.sandbox.SandboxOptions;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Sync only created applications" through the API: a new integration serves no candidates or applications
 * until one is imported with {@code POST /v1/ats/import-tracked-application}; then the next sync serves that
 * application and its candidate, and nothing else of either. Settings are checked against the tool.
 */
class TrackedApplicationsTest {

    @TempDir
    Path folder;

    @Test
    void anImportedApplicationIsTheOnlyOneTheNextSyncServes() throws Exception {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults().withSeed(5))) {
            String[] environment = atrium.environmentWithKey("tracked");
            Integration sage = atrium.admin.createIntegration(environment[0], "sagehr",
                    atrium.simulator("sagehr").credentials(), atrium.simulator("sagehr").baseUrl(),
                    new EndUser("Test Ltd", null, null), null);
            assertEquals("SUCCEEDED", atrium.sync(sage.id()).state());
            assertTrue(atrium.all("/v1/ats/applications", "page_size=250", environment[1], sage.id()).isEmpty());
            assertTrue(atrium.all("/v1/ats/candidates", "page_size=250", environment[1], sage.id()).isEmpty());
            assertTrue(atrium.all("/v1/ats/jobs", "page_size=250", environment[1], sage.id()).size() > 1,
                    "jobs are synced whatever the setting");

            // Which applicant to follow: the first of the sandbox's first position, read from the tool itself.
            String applicant = firstApplicant(atrium);
            HttpResponse<String> imported = importTracked(atrium, environment[1], sage.id(), "{\"tracked_at\": null,"
                    + " \"sagehr\": {\"id_type\": \"application_remote_id\", \"application_remote_id\": \"" + applicant
                    + "\"}}");
            assertEquals(200, imported.statusCode(), imported.body());
            JsonNode data = Json.parse(imported.body()).get("data");
            assertEquals(applicant, data.at("/imported_id/application_remote_id").asText());
            assertEquals(List.of(), listOf(Json.parse(imported.body()).get("warnings")));

            assertEquals("SUCCEEDED", atrium.sync(sage.id()).state());
            List<JsonNode> applications = atrium.all("/v1/ats/applications", "page_size=250", environment[1],
                    sage.id());
            assertEquals(1, applications.size());
            assertEquals(data.get("id").asText(), applications.get(0).get("id").asText(), "the id the import gave");
            List<JsonNode> candidates = atrium.all("/v1/ats/candidates", "page_size=250", environment[1], sage.id());
            assertEquals(1, candidates.size(), "Sage HR's applicant is read with its application");
            assertEquals(applications.get(0).get("candidate_id").asText(), candidates.get(0).get("id").asText());
        }
    }

    @Test
    void badImportsAreRefusedInTheErrorEnvelopeAndTrackNothing() throws Exception {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults().withSeed(5))) {
            String[] environment = atrium.environmentWithKey("tracked");
            Integration sage = atrium.connect(environment[0], "sagehr");
            Map<String, String> refusals = Map.of(
                    "{\"paycor\": {\"id_type\": \"application_remote_id\", \"application_remote_id\": \"1\"}}",
                    "unexpected key 'paycor'",
                    "{\"sagehr\": {\"application_remote_id\": \"1\"}}", "sagehr.id_type",
                    "{\"sagehr\": {\"id_type\": \"application_remote_id\", \"application_remote_id\": \" \"}}",
                    "sagehr.application_remote_id is required",
                    "{\"sagehr\": {\"id_type\": \"application_and_candidate_remote_ids\","
                            + " \"application_remote_id\": \"1\"}}", "sagehr.candidate_remote_id is required",
                    "{\"tracked_at\": \"yesterday\", \"sagehr\": {\"id_type\": \"application_remote_id\","
                            + " \"application_remote_id\": \"1\"}}", "tracked_at must be");
            refusals.forEach((body, message) -> {
                HttpResponse<String> answer = importTracked(atrium, environment[1], sage.id(), body);
                assertEquals(400, answer.statusCode(), body);
                assertTrue(answer.body().contains("\"PLATFORM.INPUT_INVALID\"") && answer.body().contains(message),
                        answer.body());
            });
            assertTrue(atrium.engine.trackedApplications().list(sage.id()).isEmpty());

            // This integration reads everything: importing works but says it changes nothing yet.
            HttpResponse<String> warned = importTracked(atrium, environment[1], sage.id(), "{\"sagehr\":"
                    + " {\"id_type\": \"application_remote_id\", \"application_remote_id\": \"7\"}}");
            assertEquals(200, warned.statusCode());
            assertTrue(Json.parse(warned.body()).at("/warnings/0/message").asText().contains("syncs every application"),
                    warned.body());
        }
    }

    @Test
    void settingsAreCheckedAgainstTheToolAndChangedThroughTheAdminRoute() throws Exception {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults().withSeed(5))) {
            String[] environment = atrium.environmentWithKey("settings");
            Integration sage = atrium.connect(environment[0], "sagehr");
            Integration icims = atrium.connect(environment[0], "icims");
            String adminKey = atrium.admin.createApiKey(null, true, "test").key();
            Map<String, String> headers = Map.of("Authorization", "Bearer " + adminKey,
                    "Content-Type", "application/json");

            HttpResponse<String> refused = RawHttp.send("PATCH", atrium.apiBase() + "/admin/integrations/" + sage.id()
                    + "/settings", "{\"candidate_cutoff_days\": 30}", headers);
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("cannot ask for candidates by date"), refused.body());

            HttpResponse<String> needsOff = RawHttp.send("PATCH", atrium.apiBase() + "/admin/integrations/"
                    + icims.id() + "/settings", "{\"sync_only_created_applications\": true,"
                    + " \"candidate_cutoff_days\": 30}", headers);
            assertEquals(400, needsOff.statusCode(), needsOff.body());
            assertTrue(needsOff.body().contains("needs sync_only_created_applications set to false"), needsOff.body());

            HttpResponse<String> set = RawHttp.send("PATCH", atrium.apiBase() + "/admin/integrations/" + icims.id()
                    + "/settings", "{\"candidate_cutoff_date\": \"2024-01-01\"}", headers);
            assertEquals(200, set.statusCode(), set.body());
            assertEquals("2024-01-01", Json.parse(set.body()).at("/data/settings/candidate_cutoff_date").asText(),
                    set.body());
            assertEquals("2024-01-01", atrium.engine.integrations().find(icims.id()).orElseThrow().settings()
                    .get("candidate_cutoff_date").asText());
            assertFalse(atrium.engine.integrations().find(sage.id()).orElseThrow().settings()
                    .has("candidate_cutoff_days"), "a refused change stores nothing");
        }
    }

    private static HttpResponse<String> importTracked(AtriumUnderTest atrium, String key, String integrationId,
            String body) {
        return RawHttp.send("POST", atrium.apiBase() + "/v1/ats/import-tracked-application", body,
                Map.of("Authorization", "Bearer " + key, "X-Integration-Id", integrationId,
                        "Content-Type", "application/json"));
    }

    private static String firstApplicant(AtriumUnderTest atrium) throws Exception {
        var sage = atrium.simulator("sagehr");
        String base = sage.baseUrl();
        Map<String, String> headers = Map.of("X-Auth-Token", sage.credentials().get("api_key"),
                "Accept", "application/json");
        JsonNode positions = Json.parse(RawHttp.get(base + "/recruitment/positions", headers).body());
        String position = positions.at("/data/0/id").asText();
        JsonNode applicants = Json.parse(RawHttp.get(base + "/recruitment/positions/" + position + "/applicants",
                headers).body());
        return applicants.at("/data/0/id").asText();
    }

    private static List<JsonNode> listOf(JsonNode array) {
        List<JsonNode> items = new java.util.ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
