package dev.atrium.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.sandbox.SandboxOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Sage HR read path end to end: sandbox over HTTP, a full sync, then the Kombo endpoints through HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SageHrReadPathTest {

    private static final List<String> ENDPOINTS = List.of("jobs", "candidates", "applications", "application-stages");

    private AtriumUnderTest atrium;
    private String key;
    private String integrationId;
    private SyncRun sync;

    @BeforeAll
    void syncOnce(@TempDir Path folder) {
        atrium = new AtriumUnderTest(folder, SandboxOptions.defaults().withSeed(11));
        String[] environment = atrium.environmentWithKey("production");
        key = environment[1];
        Integration integration = atrium.connect(environment[0], "sagehr");
        integrationId = integration.id();
        sync = atrium.sync(integrationId);
    }

    @AfterAll
    void stop() {
        atrium.close();
    }

    private List<JsonNode> all(String endpoint, String query) {
        return atrium.all("/v1/ats/" + endpoint, query, key, integrationId);
    }

    @Test
    void theSyncSucceedsWithNothingQuarantined() {
        assertEquals("SUCCEEDED", sync.state(), sync.error());
        assertEquals(0, sync.counts().quarantined());
        assertTrue(sync.counts().added() > 0);
    }

    @Test
    void everyEndpointServesWhatTheSandboxHoldsInKombosShapes() {
        JsonNode positions = atrium.sandboxGet("sagehr", "/recruitment/positions?per_page=100");
        int positionCount = positions.at("/meta/total_entries").asInt();
        int applicantCount = 0;
        Set<String> stageIds = new HashSet<>();
        for (JsonNode position : positions.get("data")) {
            JsonNode applicants = atrium.sandboxGet("sagehr", "/recruitment/positions/" + position.get("id").asText()
                    + "/applicants?per_page=100");
            applicantCount += applicants.at("/meta/total_entries").asInt();
            applicants.get("data").forEach(applicant -> {
                if (applicant.hasNonNull("stage")) {
                    stageIds.add(applicant.at("/stage/id").asText());
                }
            });
        }
        assertEquals(positionCount, all("jobs", "page_size=5").size());
        assertEquals(applicantCount, all("candidates", "page_size=50").size());
        assertEquals(applicantCount, all("applications", "page_size=250").size());
        assertEquals(stageIds.size(), all("application-stages", "page_size=7").size());
        for (String endpoint : ENDPOINTS) {
            JsonNode page = atrium.api("/v1/ats/" + endpoint + "?page_size=250", key, integrationId).body();
            ApiShapes.assertListPage(endpoint, page);
        }
    }

    @Test
    void valuesComeFromTheRemoteRecords() {
        JsonNode position = atrium.sandboxGet("sagehr", "/recruitment/positions?per_page=1").at("/data/0");
        JsonNode job = atrium.api("/v1/ats/jobs?remote_ids=" + position.get("id").asText(), key, integrationId)
                .body().at("/data/results/0");
        assertEquals(position.get("title").asText(), job.get("name").asText());
        assertEquals(position.path("team").asText(null), job.get("department").asText(null));
        assertEquals(position.path("link").asText(null), job.get("post_url").asText(null));

        JsonNode applicant = atrium.sandboxGet("sagehr", "/recruitment/positions/" + position.get("id").asText()
                + "/applicants?per_page=1").at("/data/0");
        if (applicant.isMissingNode()) {
            return;
        }
        JsonNode application = atrium.api("/v1/ats/applications?remote_ids=" + applicant.get("id").asText(), key,
                integrationId).body().at("/data/results/0");
        assertEquals(job.get("id"), application.get("job_id"));
        assertEquals(job.get("name"), application.at("/job/name"));
        assertEquals(applicant.get("first_name").asText(), application.at("/candidate/first_name").asText());
        String expectedOutcome = applicant.hasNonNull("hired_date") ? "HIRED"
                : applicant.hasNonNull("disqualified_date") ? "DECLINED" : "PENDING";
        assertEquals(expectedOutcome, application.get("outcome").asText());
        if (applicant.hasNonNull("stage")) {
            assertEquals(applicant.at("/stage/title").asText(), application.at("/current_stage/name").asText());
            assertEquals(application.get("current_stage_id"), application.at("/current_stage/id"));
        }
        JsonNode candidate = atrium.api("/v1/ats/candidates?ids=" + application.get("candidate_id").asText(), key,
                integrationId).body().at("/data/results/0");
        assertEquals(applicant.get("last_name").asText(), candidate.get("last_name").asText());
        assertEquals(application.get("id"), candidate.at("/applications/0/id"));
    }

    @Test
    void jobsCarryTheStagesTheirApplicantsAreIn() {
        for (JsonNode job : all("jobs", "page_size=250")) {
            Set<String> expected = all("applications", "page_size=250").stream()
                    .filter(application -> application.get("job_id").equals(job.get("id")))
                    .map(application -> application.get("current_stage_id").asText(null))
                    .filter(id -> id != null).collect(Collectors.toSet());
            Set<String> served = new HashSet<>();
            job.get("stages").forEach(stage -> served.add(stage.get("id").asText()));
            assertEquals(expected, served, "stages of job " + job.get("remote_id"));
        }
    }

    @Test
    void pagesNeverRepeatOrSkipAndTheCursorCarriesOn() {
        List<JsonNode> byOne = all("candidates", "page_size=1");
        List<JsonNode> byMany = all("candidates", "page_size=250");
        assertEquals(byMany.stream().map(item -> item.get("id").asText()).toList(),
                byOne.stream().map(item -> item.get("id").asText()).toList());
        assertEquals(byOne.size(), byOne.stream().map(item -> item.get("id").asText()).distinct().count());
    }

    @Test
    void idsAndRemoteIdsFilterAndCombine() {
        List<JsonNode> candidates = all("candidates", "page_size=250");
        JsonNode first = candidates.get(0);
        JsonNode second = candidates.get(1);
        String ids = URLEncoder.encode(first.get("id").asText() + "," + second.get("id").asText(), StandardCharsets.UTF_8);
        assertEquals(2, atrium.api("/v1/ats/candidates?ids=" + ids, key, integrationId).body().at("/data/results").size());
        JsonNode both = atrium.api("/v1/ats/candidates?ids=" + ids + "&remote_ids=" + second.get("remote_id").asText(),
                key, integrationId).body().at("/data/results");
        assertEquals(1, both.size());
        assertEquals(second.get("id"), both.get(0).get("id"));
    }

    @Test
    void aFilterOnAFieldTheToolLacksMatchesNothingUnlessIgnored() {
        // Sage HR positions have no requisition code, so job_codes cannot be supported for this tool.
        assertEquals(0, all("jobs", "job_codes=ENG-1").size());
        assertEquals(all("jobs", "page_size=250").size(),
                all("jobs", "job_codes=ENG-1&ignore_unsupported_filters=true").size());
        // A supported filter next to it still applies.
        assertEquals(all("jobs", "statuses=OPEN").size(),
                all("jobs", "statuses=OPEN&job_codes=ENG-1&ignore_unsupported_filters=true").size());
    }

    @Test
    void aModelTheToolDoesNotProvideIsNotAvailable() {
        AtriumUnderTest.Response users = atrium.api("/v1/ats/users", key, integrationId);
        expectError(users, 409, "INTEGRATION.MODEL_NOT_AVAILABLE", "users");
    }

    @Test
    void updatedAfterInTheFutureFindsNothingAndInThePastFindsEverything() {
        assertEquals(0, all("jobs", "updated_after=2999-01-01T00:00:00.000Z").size());
        assertEquals(all("jobs", "page_size=250").size(), all("jobs", "updated_after=2000-01-01").size());
    }

    @Test
    void explicitNullsAndIsoTimestamps() {
        JsonNode job = all("jobs", "page_size=1").get(0);
        assertTrue(job.has("job_code") && job.get("job_code").isNull(), "keys without a value are explicit nulls");
        assertTrue(job.get("changed_at").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"));
        assertTrue(job.get("id").asText().matches("[1-9A-HJ-NP-Za-km-z]{24}"));
    }

    @Test
    void checkApiKeyNamesTheEnvironment() {
        AtriumUnderTest.Response response = atrium.get("/v1/check-api-key", Map.of("Authorization", "Bearer " + key));
        assertEquals(200, response.status());
        ApiShapes.assertCheckApiKey(response.body());
        assertNotNull(response.body().at("/data/environment_id").asText(null));
    }

    @Test
    void badInputGetsTheErrorEnvelopeWithKombosCodes() {
        expectError(atrium.get("/v1/ats/jobs", Map.of("X-Integration-Id", integrationId)), 401,
                "PLATFORM.AUTHENTICATION_INVALID", "Authorization");
        expectError(atrium.api("/v1/ats/jobs", "atr_not-a-real-key", integrationId), 401,
                "PLATFORM.AUTHENTICATION_INVALID", "not valid");
        expectError(atrium.get("/v1/ats/jobs", Map.of("Authorization", "Bearer " + key)), 400,
                "PLATFORM.INPUT_INVALID", "X-Integration-Id");
        expectError(atrium.api("/v1/ats/jobs", key, "sagehr:unknown"), 404, "PLATFORM.INTEGRATION_NOT_FOUND", "sagehr:unknown");
        expectError(atrium.api("/v1/ats/jobs?page_size=0", key, integrationId), 400, "PLATFORM.INPUT_INVALID", "page_size");
        expectError(atrium.api("/v1/ats/jobs?page_size=251", key, integrationId), 400, "PLATFORM.INPUT_INVALID", "page_size");
        expectError(atrium.api("/v1/ats/jobs?page_size=ten", key, integrationId), 400, "PLATFORM.INPUT_INVALID", "page_size");
        expectError(atrium.api("/v1/ats/jobs?cursor=garbage", key, integrationId), 400, "PLATFORM.INPUT_INVALID", "cursor");
        expectError(atrium.api("/v1/ats/jobs?updated_after=yesterday", key, integrationId), 400,
                "PLATFORM.INPUT_INVALID", "updated_after");
        expectError(atrium.api("/v1/ats/jobs?include_deleted=maybe", key, integrationId), 400,
                "PLATFORM.INPUT_INVALID", "include_deleted");
        expectError(atrium.api("/v1/ats/jobs?ids=short", key, integrationId), 400, "PLATFORM.INPUT_INVALID", "ids");
        expectError(atrium.api("/v1/ats/jobs?colour=blue", key, integrationId), 400, "PLATFORM.INPUT_INVALID", "colour");
        expectError(atrium.api("/v1/ats/jobs?page_size=1&page_size=2", key, integrationId), 400,
                "PLATFORM.INPUT_INVALID", "page_size");
        expectError(atrium.api("/v1/ats/nothing-here", key, integrationId), 404, "PLATFORM.INPUT_INVALID", "no endpoint");
        expectError(atrium.raw("/v1/ats/jobs?page_size=%ZZ", Map.of("Authorization", "Bearer " + key,
                "X-Integration-Id", integrationId)), 400, "PLATFORM.INPUT_INVALID", "query");
        String jobsCursor = atrium.api("/v1/ats/jobs?page_size=1", key, integrationId).body().at("/data/next").asText();
        expectError(atrium.api("/v1/ats/candidates?cursor=" + jobsCursor, key, integrationId), 400,
                "PLATFORM.INPUT_INVALID", "another endpoint");
    }

    @Test
    void anotherEnvironmentsKeySeesNoneOfThisIntegration() {
        String[] other = atrium.environmentWithKey("development");
        for (String endpoint : ENDPOINTS) {
            expectError(atrium.api("/v1/ats/" + endpoint, other[1], integrationId), 404,
                    "PLATFORM.INTEGRATION_NOT_FOUND", "in this environment");
        }
        Integration own = atrium.connect(other[0], "sagehr");
        expectError(atrium.api("/v1/ats/jobs", other[1], own.id()), 409, "INTEGRATION.SETUP_SYNC_PENDING",
                "first sync");
    }

    private static void expectError(AtriumUnderTest.Response response, int status, String code, String mention) {
        assertEquals(status, response.status(), String.valueOf(response.body()));
        ApiShapes.assertError(response.body());
        assertEquals(code, response.body().at("/error/code").asText());
        String message = response.body().at("/error/message").asText();
        assertTrue(message.contains(mention), "message '" + message + "' should mention " + mention);
        assertFalse(message.contains("Exception"), message);
    }
}
