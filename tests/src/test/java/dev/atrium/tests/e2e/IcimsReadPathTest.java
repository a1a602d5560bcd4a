package dev.atrium.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.EndUser;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.SimulatorInfo;
import dev.atrium.server.admin.IntegrationAdmin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * iCIMS end to end: a FULL sync of the simulator, then what coverage/icims.md promises, checked through the
 * API against what the simulator's own vendor API holds; then changes made in the simulator and a second
 * FULL sync that shows them.
 */
class IcimsReadPathTest {

    @TempDir
    Path folder;

    @Test
    void aFullSyncServesWhatIcimsHoldsAndASecondOneItsChanges() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults().withSeed(31))) {
            SimulatorInfo simulator = atrium.simulator("icims");
            Vendor vendor = new Vendor(simulator);
            Map<String, String> connection = new LinkedHashMap<>(simulator.credentials());
            connection.put("salary_from_field", "field50101");
            connection.put("salary_to_field", "field50102");
            connection.put("job_form_field", "field50110");
            connection.put("company_field", "field51203");
            String[] environment = atrium.environmentWithKey("production");
            String key = environment[1];
            Integration integration = atrium.connect(environment[0], "icims", simulator.baseUrl(), connection);
            SyncRun first = atrium.sync(integration.id());
            assertEquals("SUCCEEDED", first.state(), first.error());
            assertEquals(0, first.counts().quarantined());

            List<Long> jobIds = vendor.search("jobs", "job");
            Map<String, JsonNode> jobs = Items.byRemoteId(atrium.all("/v1/ats/jobs", "page_size=100", key, integration.id()));
            assertEquals(jobIds.size(), jobs.size(), "one job per job of the job search");
            Set<String> portal = new HashSet<>();
            vendor.post("/search/portals/external", "{\"filters\":[{\"name\":\"job.id\",\"operator\":\">\",\"value\":[\"0\"]}]}")
                    .path("searchResults").forEach(hit -> portal.add(hit.get("portalUrl").asText()));
            int remote = 0;
            int postings = 0;
            for (long id : jobIds) {
                JsonNode raw = vendor.get("/jobs/" + id);
                JsonNode job = jobs.get(Long.toString(id));
                assertNotNull(job, "job " + id);
                assertEquals(raw.get("jobtitle").asText(), job.get("name").asText());
                String where = raw.at("/joblocation/value").asText("").toLowerCase(Locale.ROOT);
                String expected = where.contains("remote") ? "REMOTE" : where.contains("hybrid") ? "HYBRID" : null;
                assertEquals(expected, job.get("remote_work_status").isNull() ? null : job.get("remote_work_status").asText(),
                        "remote status inferred from " + where);
                remote += expected == null ? 0 : 1;
                if (raw.has("field50101")) {
                    assertEquals(raw.at("/field50101/amount").asDouble(), job.get("salary_amount_from").asDouble());
                    assertEquals(raw.at("/field50101/currency").asText(), job.get("salary_currency").asText());
                }
                assertEquals(Json.write(raw), Json.write(job.get("remote_data").elements().next()), "remote_data is the raw job");
                for (JsonNode member : job.get("hiring_team")) {
                    String user = member.get("remote_id").asText();
                    JsonNode roles = member.get("hiring_team_roles");
                    if (user.equals(raw.at("/hiringmanager/id").asText())) {
                        assertTrue(roles.toString().contains("HIRING_MANAGER"), "hiring manager of " + id);
                    }
                    if (user.equals(raw.at("/recruiter/id").asText())) {
                        assertTrue(roles.toString().contains("RECRUITER"), "recruiter of " + id);
                    }
                }
                assertFalse(job.get("hiring_team").isEmpty(), "job " + id + " has a hiring team");
                if (raw.hasNonNull("field50110")) {
                    assertFalse(job.get("screening_questions").isEmpty(), "job " + id + " has its questionnaire");
                }
                postings += job.get("job_postings").size();
                for (JsonNode posting : job.get("job_postings")) {
                    assertTrue(portal.contains(posting.get("url").asText()), "posting of " + id + " is on the portal");
                }
            }
            assertTrue(remote > 0, "some job is remote or hybrid");
            assertEquals(portal.size(), postings, "every portal posting is on its job");

            Map<String, JsonNode> roles = Items.byRemoteId(atrium.all("/v1/ats/roles", "page_size=100", key, integration.id()));
            assertEquals("HIRING_MANAGER", roles.get("hiringmanager").get("unified_type").asText());
            assertEquals("RECRUITER", roles.get("recruiter").get("unified_type").asText());

            List<Long> workflowIds = vendor.search("applicantworkflows", "applicantworkflow");
            Map<String, JsonNode> applications = Items.byRemoteId(atrium.all("/v1/ats/applications", "page_size=250", key,
                    integration.id()));
            assertEquals(workflowIds.size(), applications.size(), "one application per recruiting workflow");
            int custom = 0;
            for (long id : workflowIds.subList(0, Math.min(60, workflowIds.size()))) {
                JsonNode raw = vendor.get("/applicantworkflows/" + id);
                JsonNode application = applications.get(Long.toString(id));
                String status = raw.at("/status/id").asText();
                assertEquals(status, application.at("/current_stage/remote_id").asText());
                if (status.startsWith("C")) {
                    custom++;
                    assertTrue(application.get("outcome").isNull(), "custom status " + status + " has no outcome");
                } else {
                    assertFalse(application.get("outcome").isNull(), "default status " + status + " has an outcome");
                }
            }
            assertTrue(custom > 0, "some application is at a custom status");
            assertEquals(vendor.search("people", "person").size(),
                    atrium.all("/v1/ats/candidates", "page_size=250", key, integration.id()).size()
                            + atrium.all("/v1/ats/users", "page_size=250", key, integration.id()).size(),
                    "every person is a candidate or a user");

            AtriumUnderTest.Response mutation = atrium.post(atrium.sandboxBase() + "/_control/icims/mutations",
                    "{\"delete_jobs\": 1, \"close_jobs\": 1, \"change_people\": 2, \"delete_workflows\": 2,"
                            + " \"move_workflows\": 2, \"create_people\": 1}", Map.of());
            assertEquals(200, mutation.status(), String.valueOf(mutation.body()));
            SyncRun second = atrium.sync(integration.id());
            assertEquals("SUCCEEDED", second.state(), second.error());
            Map<String, JsonNode> jobsAfter = Items.byRemoteId(atrium.all("/v1/ats/jobs", "include_deleted=true", key,
                    integration.id()));
            mutation.body().get("deleted_jobs").forEach(id -> assertTrue(
                    jobsAfter.get(id.asText()).hasNonNull("remote_deleted_at"), "deleted job " + id));
            mutation.body().get("closed_jobs").forEach(id -> assertEquals("CLOSED",
                    jobsAfter.get(id.asText()).get("status").asText(), "closed job " + id));
            Map<String, JsonNode> applicationsAfter = Items.byRemoteId(atrium.all("/v1/ats/applications",
                    "page_size=250&include_deleted=true", key, integration.id()));
            mutation.body().get("deleted_workflows").forEach(id -> assertTrue(
                    applicationsAfter.get(id.asText()).hasNonNull("remote_deleted_at"), "deleted workflow " + id));
            for (JsonNode id : mutation.body().get("moved_workflows")) {
                assertEquals(vendor.get("/applicantworkflows/" + id.asText()).at("/status/id").asText(),
                        applicationsAfter.get(id.asText()).at("/current_stage/remote_id").asText(), "moved workflow " + id);
            }
            mutation.body().get("created_workflows").forEach(id -> assertNotNull(applicationsAfter.get(id.asText()),
                    "created workflow " + id));
        }
    }

    @Test
    void aCandidateCutoffReadsOnlyPeopleAndWorkflowsUpdatedSinceIt() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults().withSeed(37))) {
            SimulatorInfo simulator = atrium.simulator("icims");
            Vendor vendor = new Vendor(simulator);
            List<Long> workflowIds = vendor.search("applicantworkflows", "applicantworkflow");
            List<String> updated = new ArrayList<>();
            for (long id : workflowIds.subList(0, Math.min(40, workflowIds.size()))) {
                updated.add(vendor.get("/applicantworkflows/" + id).get("updateddate").asText().substring(0, 10));
            }
            updated.sort(null);
            String cutoff = updated.get(updated.size() / 2);
            ObjectNode settings = Json.object().put("sync_only_created_applications", false)
                    .put("candidate_cutoff_date", cutoff);
            String[] environment = atrium.environmentWithKey("production");
            Integration integration = atrium.admin.createIntegration(environment[0], "icims", simulator.credentials(),
                    simulator.baseUrl(), new EndUser("Test Ltd", null, null), settings);
            SyncRun run = atrium.sync(integration.id());
            assertEquals("SUCCEEDED", run.state(), run.error());

            List<JsonNode> applications = atrium.all("/v1/ats/applications", "page_size=250", environment[1],
                    integration.id());
            assertFalse(applications.isEmpty(), "applications updated since " + cutoff);
            assertTrue(applications.size() < workflowIds.size(), "older applications are left out");
            for (JsonNode application : applications) {
                assertTrue(application.get("remote_updated_at").asText().compareTo(cutoff) >= 0,
                        "application " + application.get("remote_id") + " updated since " + cutoff);
            }
            for (JsonNode candidate : atrium.all("/v1/ats/candidates", "page_size=250", environment[1], integration.id())) {
                assertTrue(candidate.get("remote_updated_at").asText().compareTo(cutoff) >= 0,
                        "candidate " + candidate.get("remote_id") + " updated since " + cutoff);
            }
        }
    }

    @Test
    void anIntegrationWithOnlyAnApiUserReadsTheSameWithBasicAuth() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults().withSeed(31))) {
            SimulatorInfo simulator = atrium.simulator("icims");
            String[] environment = atrium.environmentWithKey("production");
            Integration oauth = atrium.connect(environment[0], "icims");
            Map<String, String> apiUser = new LinkedHashMap<>(simulator.credentials());
            apiUser.remove("client_id");
            apiUser.remove("client_secret");
            Integration basic = atrium.connect(environment[0], "icims", simulator.baseUrl(), apiUser);
            assertEquals("SUCCEEDED", atrium.sync(oauth.id()).state());
            SyncRun run = atrium.sync(basic.id());
            assertEquals("SUCCEEDED", run.state(), run.error());
            for (String model : List.of("jobs", "candidates", "applications", "users")) {
                assertEquals(atrium.engine.records().count(oauth.id(), model, false),
                        atrium.engine.records().count(basic.id(), model, false), model);
            }
            apiUser.remove("username");
            IntegrationAdmin.InvalidInput neither = assertThrows(IntegrationAdmin.InvalidInput.class,
                    () -> atrium.connect(environment[0], "icims", simulator.baseUrl(), apiUser));
            assertTrue(neither.getMessage().contains("fill in client_id or username"), neither.getMessage());
        }
    }

    /** The simulator's vendor API, read as any iCIMS client would (Basic auth). */
    private static final class Vendor {

        private final HttpClient http = HttpClient.newHttpClient();
        private final String root;
        private final String authorization;

        Vendor(SimulatorInfo simulator) {
            Map<String, String> credentials = simulator.credentials();
            root = simulator.baseUrl() + "/customers/" + credentials.get("customer_id");
            authorization = "Basic " + Base64.getEncoder().encodeToString((credentials.get("username") + ":"
                    + credentials.get("password")).getBytes(StandardCharsets.UTF_8));
        }

        /** Every id of a search, paged by id as iCIMS asks. */
        List<Long> search(String type, String prefix) {
            List<Long> ids = new ArrayList<>();
            long after = 0;
            while (true) {
                JsonNode page = post("/search/" + type, "{\"filters\":[{\"name\":\"" + prefix + ".id\",\"operator\":\">\","
                        + "\"value\":[\"" + after + "\"]}]}").get("searchResults");
                page.forEach(hit -> ids.add(hit.get("id").asLong()));
                if (page.size() < 1000) {
                    return ids;
                }
                after = ids.get(ids.size() - 1);
            }
        }

        JsonNode get(String path) {
            return send(HttpRequest.newBuilder(URI.create(root + path)).GET());
        }

        JsonNode post(String path, String body) {
            return send(HttpRequest.newBuilder(URI.create(root + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private JsonNode send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = http.send(request.header("Authorization", authorization).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode(), response.body());
                return Json.parse(response.body());
            } catch (IOException e) {
                throw new AssertionError(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
