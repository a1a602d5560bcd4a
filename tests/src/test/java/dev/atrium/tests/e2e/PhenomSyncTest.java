package dev.atrium.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.EndUser;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.SimulatorInfo;
import dev.atrium.sandbox.phenom.PhenomSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phenom end to end: a FULL sync read back through the API and compared with what the simulator's own API holds
 * (external-site jobs only, applications of hidden jobs and of JOBID kept with a job id that points at no job,
 * users by email, hiring manager and recruiters on each job's hiring team), then a second FULL sync after the
 * tool changed: created, changed and deleted applications, changed candidates, changed, closed and deleted jobs.
 */
class PhenomSyncTest {

    @TempDir
    Path folder;

    @Test
    void aFullSyncMatchesTheToolAndASecondOneFollowsItsChanges() {
        // The tool's rate limit is off: this test reads the simulator's own API as much as the sync does.
        SandboxOptions options = SandboxOptions.defaults().withSeed(17)
                .withPhenom(PhenomSettings.defaults().withRateLimit(0, 60));
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, options)) {
            String[] environment = atrium.environmentWithKey("production");
            String key = environment[1];
            SimulatorInfo simulator = atrium.simulator("phenom");
            ObjectNode settings = Json.object().put("sync_only_created_applications", false);
            Integration integration = atrium.admin.createIntegration(environment[0], "phenom",
                    simulator.credentials(), simulator.baseUrl(), new EndUser("Test Ltd", null, null), settings);
            SyncRun full = atrium.sync(integration.id());
            assertEquals("SUCCEEDED", full.state(), full.error());
            assertEquals(0, full.counts().quarantined());

            PhenomVendorReads vendor = new PhenomVendorReads(simulator);
            List<JsonNode> vendorJobs = vendor.externalJobs();
            List<JsonNode> vendorApplications = vendor.applications();
            Map<String, JsonNode> jobs = Items.byRemoteId(atrium.all("/v1/ats/jobs", "page_size=250", key, integration.id()));
            assertEquals(texts(vendorJobs, "jobId"), jobs.keySet(), "exactly the jobs of siteType=external");
            for (JsonNode vendorJob : vendorJobs) {
                JsonNode job = jobs.get(vendorJob.get("jobId").asText());
                ApiShapes.assertItem("jobs", job);
                assertEquals(vendorJob.get("title").asText(), job.get("name").asText());
                assertEquals(vendorJob.get("applyUrl").asText(), job.get("post_url").asText());
                assertEquals("OPEN", job.get("status").asText());
                assertEquals("PUBLIC", job.get("visibility").asText());
                assertEquals(vendorJob, job.at("/remote_data/~1jobs-api~1v1~1jobs"), "remote_data is the raw job");
                assertHiringTeam(vendorJob, job);
            }

            Set<String> emails = new HashSet<>();
            vendorJobs.forEach(job -> emails.addAll(teamEmails(job).keySet()));
            Map<String, JsonNode> users = Items.byRemoteId(atrium.all("/v1/ats/users", "page_size=250", key, integration.id()));
            assertEquals(emails, users.keySet(), "users are the people named on jobs, by email");
            users.forEach((remoteId, user) -> assertEquals(remoteId, user.get("email").asText()));

            Map<String, JsonNode> applications = Items.byRemoteId(atrium.all("/v1/ats/applications", "page_size=250", key,
                    integration.id()));
            Map<String, JsonNode> candidates = Items.byRemoteId(atrium.all("/v1/ats/candidates", "page_size=250", key,
                    integration.id()));
            assertEquals(texts(vendorApplications, "applicationId"), applications.keySet(), "every application");
            Set<String> jobIds = jobs.values().stream().map(job -> job.get("id").asText()).collect(Collectors.toSet());
            int dangling = 0;
            int placeholders = 0;
            for (JsonNode vendorApplication : vendorApplications) {
                JsonNode application = applications.get(vendorApplication.get("applicationId").asText());
                ApiShapes.assertItem("applications", application);
                String jobId = vendorApplication.get("jobId").asText();
                assertNotNull(application.get("job_id").textValue(), "every application keeps its job id");
                if (jobs.containsKey(jobId)) {
                    assertEquals(jobs.get(jobId).get("id"), application.get("job_id"));
                } else {
                    dangling++;
                    placeholders += jobId.equals("JOBID") ? 1 : 0;
                    assertFalse(jobIds.contains(application.get("job_id").asText()), "a hidden job stays unknown");
                }
                JsonNode candidate = candidates.get(vendorApplication.at("/candidateData/candidateId").asText());
                assertEquals(candidate.get("id"), application.get("candidate_id"));
            }
            assertTrue(dangling > placeholders && placeholders > 0, "hidden jobs " + dangling + ", JOBID " + placeholders);
            assertEquals(texts(vendorApplications.stream().map(a -> a.get("candidateData")).toList(), "candidateId"),
                    candidates.keySet(), "the candidate of every application");
            for (JsonNode candidate : candidates.values()) {
                ApiShapes.assertItem("candidates", candidate);
                assertCandidate(vendor.candidate(candidate.get("remote_id").asText()), candidate);
            }

            AtriumUnderTest.Response passthrough = atrium.request("POST", "/v1/passthrough/phenom/default",
                    "{\"method\": \"GET\", \"path\": \"/jobs-api/v1/jobs\", \"params\": {\"siteType\": \"external\"}}",
                    Map.of("Authorization", "Bearer " + key, "X-Integration-Id", integration.id()));
            assertEquals(200, passthrough.status(), String.valueOf(passthrough.body()));
            assertEquals(200, passthrough.body().at("/data/status").asInt(), "the token and headers were added");

            secondSync(atrium, key, integration, vendor, jobs, applications);
        }
    }

    private static void secondSync(AtriumUnderTest atrium, String key, Integration integration,
            PhenomVendorReads vendor, Map<String, JsonNode> jobsBefore, Map<String, JsonNode> applicationsBefore) {
        AtriumUnderTest.Response mutation = atrium.post(atrium.sandboxBase() + "/_control/phenom/mutations",
                "{\"delete_applications\": 3, \"change_applications\": 3, \"create_applications\": 2,"
                        + " \"change_candidates\": 6, \"delete_jobs\": 1, \"change_jobs\": 1, \"close_jobs\": 1}",
                Map.of());
        assertEquals(200, mutation.status(), String.valueOf(mutation.body()));
        JsonNode touched = mutation.body();
        SyncRun second = atrium.sync(integration.id());
        assertEquals("SUCCEEDED", second.state(), second.error());

        Map<String, JsonNode> jobs = Items.byRemoteId(atrium.all("/v1/ats/jobs", "page_size=250&include_deleted=true", key,
                integration.id()));
        Set<String> gone = Items.texts(touched.get("deleted_jobs"));
        gone.addAll(Items.texts(touched.get("closed_jobs")));
        // Mutations pick any job, internal ones too; those were never listed and stay unknown.
        gone.retainAll(jobsBefore.keySet());
        assertFalse(gone.isEmpty(), "a listed job was closed or deleted");
        gone.forEach(jobId -> assertTrue(jobs.get(jobId).hasNonNull("remote_deleted_at"), "job left the feed " + jobId));
        Map<String, JsonNode> vendorJobs = vendor.externalJobs().stream()
                .collect(Collectors.toMap(job -> job.get("jobId").asText(), Function.identity()));
        assertEquals(vendorJobs.keySet(), jobs.keySet().stream().filter(id -> jobs.get(id).get("remote_deleted_at")
                .isNull()).collect(Collectors.toSet()), "the live jobs are the feed's");
        for (String jobId : Items.texts(touched.get("changed_jobs"))) {
            if (!vendorJobs.containsKey(jobId)) {
                continue;
            }
            assertEquals(vendorJobs.get(jobId).get("title").asText(), jobs.get(jobId).get("name").asText());
            assertHiringTeam(vendorJobs.get(jobId), jobs.get(jobId));
            assertTrue(jobs.get(jobId).get("changed_at").asText()
                    .compareTo(jobsBefore.get(jobId).get("changed_at").asText()) > 0, "changed job " + jobId);
        }

        Map<String, JsonNode> applications = Items.byRemoteId(atrium.all("/v1/ats/applications",
                "page_size=250&include_deleted=true", key, integration.id()));
        for (String id : Items.texts(touched.get("deleted_applications"))) {
            assertTrue(applications.get(id).hasNonNull("remote_deleted_at"), "deleted application " + id);
        }
        for (String id : Items.texts(touched.get("created_applications"))) {
            assertTrue(applications.get(id).get("remote_deleted_at").isNull(), "created application " + id);
            assertFalse(applicationsBefore.containsKey(id));
        }
        Map<String, JsonNode> vendorApplications = vendor.applications().stream()
                .collect(Collectors.toMap(a -> a.get("applicationId").asText(), Function.identity()));
        for (JsonNode application : applications.values()) {
            JsonNode vendorApplication = vendorApplications.get(application.get("remote_id").asText());
            if (vendorApplication != null && gone.contains(vendorApplication.get("jobId").asText())) {
                // The job left the feed; its applications stay, pointing where they pointed.
                assertTrue(application.get("remote_deleted_at").isNull());
                assertEquals(jobs.get(vendorApplication.get("jobId").asText()).get("id"), application.get("job_id"));
            }
        }
        for (String id : Items.texts(touched.get("changed_applications"))) {
            String status = vendorApplications.get(id).get("status").asText();
            String outcome = switch (status) {
                case "Hired" -> "HIRED";
                case "Not Selected", "Candidate Withdrew" -> "DECLINED";
                default -> "PENDING";
            };
            assertEquals(outcome, applications.get(id).get("outcome").asText(), "outcome of " + id + " in " + status);
        }
        Map<String, JsonNode> candidates = Items.byRemoteId(atrium.all("/v1/ats/candidates", "page_size=250", key,
                integration.id()));
        // A person without an application is never read; the others show their edit.
        Set<String> changedCandidates = Items.texts(touched.get("changed_candidates"));
        changedCandidates.retainAll(candidates.keySet());
        assertFalse(changedCandidates.isEmpty(), "a candidate with an application changed");
        changedCandidates.forEach(id -> assertCandidate(vendor.candidate(id), candidates.get(id)));
    }

    /** The hiring manager when set, then each recruiter with an email; one member per person, with each role. */
    private static void assertHiringTeam(JsonNode vendorJob, JsonNode job) {
        Map<String, Set<String>> expected = teamEmails(vendorJob);
        Map<String, Set<String>> served = new HashMap<>();
        for (JsonNode member : job.get("hiring_team")) {
            Set<String> roles = new HashSet<>();
            member.get("job_roles").forEach(role -> roles.add(role.get("unified_type").asText()));
            assertEquals(roles, Items.texts(member.get("hiring_team_roles")), "legacy and job roles agree");
            served.put(member.get("remote_id").asText(), roles);
        }
        assertEquals(expected, served, "hiring team of " + vendorJob.get("jobId").asText());
    }

    private static Map<String, Set<String>> teamEmails(JsonNode vendorJob) {
        Map<String, Set<String>> team = new HashMap<>();
        String manager = vendorJob.path("hiringManagerEmail").asText("").trim();
        if (!manager.isEmpty()) {
            team.computeIfAbsent(manager.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add("HIRING_MANAGER");
        }
        for (JsonNode recruiter : vendorJob.path("multiRecruiter")) {
            String email = recruiter.path("recruiterEmail").asText("").trim();
            if (!email.isEmpty()) {
                team.computeIfAbsent(email.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add("RECRUITER");
            }
        }
        return team;
    }

    private static void assertCandidate(JsonNode vendorCandidate, JsonNode candidate) {
        assertEquals(vendorCandidate.get("lastName").asText(), candidate.get("last_name").asText());
        assertEquals(vendorCandidate.path("company").asText(null), candidate.path("company").asText(null));
        List<String> emails = new ArrayList<>();
        vendorCandidate.get("emailList").forEach(email -> emails.add(email.get("emailId").asText()));
        List<String> served = new ArrayList<>();
        candidate.get("email_addresses").forEach(email -> served.add(email.get("email_address").asText()));
        assertEquals(emails, served);
        assertEquals(vendorCandidate.get("phoneList").size(), candidate.get("phone_numbers").size());
    }

    private static Set<String> texts(List<JsonNode> records, String field) {
        Set<String> values = new LinkedHashSet<>();
        records.forEach(record -> values.add(record.get(field).asText()));
        return values;
    }
}
