package dev.atrium.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.ids.RecordIds;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.EndUser;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.SimulatorInfo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Digital Recruiters end to end: a FULL sync of the sandbox read back through the API and compared with the
 * simulator's own feed and export; then a job closes (it leaves the feed), applications change, go and come, and
 * the next FULL sync shows exactly that.
 */
class DigitalRecruitersSyncTest {

    private static final String TOOL = "digitalrecruiters";
    private static final List<String> GLOBAL_STAGES = List.of(
            "Application", "Preselection", "Qualification", "Interview", "Offer", "Hiring", "Refusal");

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void openJobsStagesUsersAndApplicationsMatchTheToolAndAClosedJobIsDeletedByTheNextFullSync() throws Exception {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults().withSeed(31))) {
            String[] environment = atrium.environmentWithKey("production");
            String key = environment[1];
            SimulatorInfo simulator = atrium.simulator(TOOL);
            Integration integration = atrium.engine.integrations().create(environment[0], TOOL, simulator.baseUrl(),
                    simulator.credentials(), (com.fasterxml.jackson.databind.node.ObjectNode) Json.parse(
                            "{\"sync_only_created_applications\": false}"), new EndUser("Test Ltd", null, null));
            SyncRun first = atrium.sync(integration.id());
            assertEquals("SUCCEEDED", first.state(), first.error());

            JsonNode feed = atrium.sandboxGet(TOOL, "/export/job-ads/" + simulator.credentials().get("feed_token"));
            Map<String, JsonNode> ads = new HashMap<>();
            feed.get("ads").forEach(ad -> ads.put(ad.get("reference").asText(), ad));
            List<JsonNode> jobs = atrium.all("/v1/ats/jobs", "page_size=250", key, integration.id());
            assertEquals(ads.keySet(), jobs.stream().map(job -> job.get("job_code").asText()).collect(Collectors.toSet()),
                    "one job per open ad, the reference as job code");
            for (JsonNode job : jobs) {
                ApiShapes.assertItem("jobs", job);
                JsonNode ad = ads.get(job.get("job_code").asText());
                assertEquals("OPEN", job.get("status").asText(), "every job of the feed is open");
                assertEquals(ad.get("title").asText(), job.get("name").asText());
                assertEquals(ad.get("service_hash_id").asText(), job.get("remote_id").asText());
                assertEquals(GLOBAL_STAGES, names(job.get("stages")), "the seven global stages in order");
                assertTrue(job.get("remote_data").toString().contains(ad.get("reference").asText()), "raw ad kept");
            }

            assertEquals(Set.copyOf(GLOBAL_STAGES), Set.copyOf(names(atrium.all("/v1/ats/application-stages",
                    "page_size=250", key, integration.id()))));

            Set<String> people = new HashSet<>();
            ads.values().forEach(ad -> {
                people.add(fullName(ad.get("referent_recruiter")));
                people.add(fullName(ad.at("/entity/manager")));
            });
            people.remove("");
            List<JsonNode> users = atrium.all("/v1/ats/users", "page_size=250", key, integration.id());
            assertEquals(people, users.stream().map(user -> user.get("first_name").asText() + " "
                    + user.get("last_name").asText()).map(String::toLowerCase).collect(Collectors.toSet()),
                    "users are the named recruiters and managers of the ads");
            users.forEach(user -> assertTrue(user.get("email").isNull(), "users have names only"));

            Set<String> openHashIds = ads.values().stream().map(ad -> ad.get("service_hash_id").asText())
                    .collect(Collectors.toSet());
            Map<String, JsonNode> exported = export(simulator);
            Map<String, JsonNode> applications = Items.byRemoteId(atrium.all("/v1/ats/applications", "page_size=250", key,
                    integration.id()));
            assertEquals(exported.keySet(), applications.keySet(), "every exported application");
            for (Map.Entry<String, JsonNode> entry : applications.entrySet()) {
                JsonNode item = exported.get(entry.getKey());
                JsonNode application = entry.getValue();
                ApiShapes.assertItem("applications", application);
                assertEquals(item.get("status").asText(), application.at("/current_stage/name").asText());
                String outcome = switch (item.get("status").asText()) {
                    case "Hiring" -> "HIRED";
                    case "Refusal" -> "DECLINED";
                    default -> "PENDING";
                };
                assertEquals(outcome, application.get("outcome").asText(), "outcome of " + entry.getKey());
                // Applications to ads outside the feed (closed, drafts) keep a job id that points at no job.
                String hashId = item.at("/jobReference/hashId").asText();
                assertEquals(RecordIds.of(integration.id(), "jobs", hashId), application.get("job_id").asText());
                if (openHashIds.contains(hashId)) {
                    assertEquals(hashId, application.at("/job/remote_id").asText());
                }
                assertEquals(item.get("email").asText(), application.at("/candidate/email_addresses/0/email_address")
                        .asText());
            }

            AtriumUnderTest.Response mutation = atrium.post(atrium.sandboxBase() + "/_control/" + TOOL + "/mutations",
                    "{\"close_job_ads\": 1, \"change_job_ads\": 4, \"delete_applications\": 2,"
                            + " \"change_applications\": 2, \"create_applications\": 2}", Map.of());
            assertEquals(200, mutation.status(), String.valueOf(mutation.body()));
            String closed = mutation.body().at("/closed_job_ads/0").asText();
            Set<String> retitled = Items.texts(mutation.body().get("changed_job_ads"));
            Set<String> deleted = Items.texts(mutation.body().get("deleted_applications"));
            Set<String> changed = Items.texts(mutation.body().get("changed_applications"));
            Set<String> created = Items.texts(mutation.body().get("created_applications"));
            // The vendor regenerates its feed every four hours; the closed job leaves it then.
            assertEquals(200, atrium.post(atrium.sandboxBase() + "/_control/" + TOOL + "/feed/regenerate", "{}",
                    Map.of()).status());

            Thread.sleep(5);
            SyncRun second = atrium.sync(integration.id());
            assertEquals("SUCCEEDED", second.state(), second.error());
            Map<String, JsonNode> jobsAfter = new HashMap<>();
            atrium.all("/v1/ats/jobs", "page_size=250&include_deleted=true", key, integration.id())
                    .forEach(job -> jobsAfter.put(job.get("job_code").asText(), job));
            assertTrue(jobsAfter.get(closed).hasNonNull("remote_deleted_at"), "the closed job is deleted");
            jobsAfter.forEach((reference, job) -> assertEquals(reference.equals(closed),
                    job.hasNonNull("remote_deleted_at"), "only the closed job is deleted: " + reference));
            // Edits may touch ads outside the feed too (drafts); those stay unseen.
            List<JsonNode> retitledOpen = jobs.stream().filter(job -> retitled.contains(job.get("job_code").asText())
                    && !job.get("job_code").asText().equals(closed)).toList();
            assertFalse(retitledOpen.isEmpty(), "an open job was edited");
            for (JsonNode before : retitledOpen) {
                JsonNode after = jobsAfter.get(before.get("job_code").asText());
                assertNotEquals(before.get("name").asText(), after.get("name").asText());
                assertNotEquals(before.get("changed_at").asText(), after.get("changed_at").asText());
            }

            Map<String, JsonNode> applicationsAfter = Items.byRemoteId(atrium.all("/v1/ats/applications",
                    "page_size=250&include_deleted=true", key, integration.id()));
            assertTrue(applicationsAfter.keySet().containsAll(created), "created applications appear");
            for (Map.Entry<String, JsonNode> entry : applicationsAfter.entrySet()) {
                String id = entry.getKey();
                assertEquals(deleted.contains(id), entry.getValue().hasNonNull("remote_deleted_at"), "application " + id);
                if (changed.contains(id)) {
                    assertNotEquals(applications.get(id).get("changed_at").asText(),
                            entry.getValue().get("changed_at").asText(), "changed application " + id);
                }
            }
            assertFalse(created.isEmpty() || changed.isEmpty() || deleted.isEmpty(), "every mutation happened");
        }
    }

    /** Every item of the applications export, logging in as the connector's user. */
    private Map<String, JsonNode> export(SimulatorInfo simulator) throws IOException, InterruptedException {
        Map<String, String> credentials = simulator.credentials();
        String base = simulator.baseUrl() + "/public/v1";
        JsonNode login = send(HttpRequest.newBuilder(URI.create(base + "/users/login"))
                .header("X-DR-API-KEY", credentials.get("api_key")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Json.object().put("email", credentials.get("email"))
                        .put("password", credentials.get("password"))))).build());
        List<JsonNode> items = new ArrayList<>();
        String next = base + "/job-applications/detailed?limit=100";
        while (next != null) {
            JsonNode page = send(HttpRequest.newBuilder(URI.create(next)).header("X-DR-API-KEY", credentials.get("api_key"))
                    .header("Authorization", "Bearer " + login.get("token").asText()).GET().build());
            page.at("/data/items").forEach(items::add);
            JsonNode link = page.at("/data/links/next");
            next = link.isTextual() ? link.asText() : null;
        }
        return Items.byRemoteId(items.stream().map(item -> (JsonNode) Json.object().put("remote_id", item.get("id").asText())
                .setAll((com.fasterxml.jackson.databind.node.ObjectNode) item)).toList());
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), request.uri() + ": " + response.body());
        return Json.parse(response.body());
    }

    private static String fullName(JsonNode person) {
        return (person.path("firstname").asText("") + " " + person.path("lastname").asText("")).trim().toLowerCase();
    }

    private static List<String> names(Iterable<JsonNode> items) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.get("name").asText()));
        return names;
    }
}
