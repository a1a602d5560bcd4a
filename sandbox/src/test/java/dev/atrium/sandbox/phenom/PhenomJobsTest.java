package dev.atrium.sandbox.phenom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.phenom.model.JobStatus;
import dev.atrium.sandbox.support.SimulatorClient.Reply;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The jobs list: siteType filtering, offset/limit with totalRecordsCount, limits, and the hiring-team fields. */
class PhenomJobsTest {

    @RegisterExtension
    static final RunningPhenom RUNNING = RunningPhenom.resettingAfterEach(SandboxOptions.defaults()
            .withPhenom(PhenomSettings.defaults().withCounts(PhenomCounts.defaults().withJobs(240))));

    @Test
    void siteTypeExternalListsOnlyPostedExternalJobs() {
        List<JsonNode> all = RUNNING.client().allJobs(null);
        List<JsonNode> external = RUNNING.client().allJobs("external");
        assertTrue(external.size() < all.size(), "internal jobs exist");
        external.forEach(j -> assertEquals("external", j.get("siteType").asText()));
        assertTrue(all.stream().anyMatch(j -> j.get("siteType").asText().equals("internal")));
        long posted = RUNNING.sandbox().phenom().store().liveJobs().stream().filter(j -> j.status().isPosted()).count();
        assertEquals(posted, all.size(), "only postable jobs are listed");
        assertTrue(posted < 240, "jobs in other statuses exist but are not listed");
        for (JobStatus status : JobStatus.values()) {
            assertTrue(RUNNING.sandbox().phenom().store().liveJobs().stream().anyMatch(j -> j.status() == status), status.name());
        }
    }

    @Test
    void offsetAndLimitPageThroughEveryJobOnce() {
        JsonNode first = RUNNING.client().json("/jobs-api/v1/jobs?offset=0&limit=7");
        assertEquals("success", first.get("status").asText());
        assertEquals(0, first.get("offset").asInt());
        assertEquals(7, first.get("limit").asInt());
        assertEquals(7, first.get("data").size());
        long total = first.get("totalRecordsCount").asLong();
        Set<String> ids = new HashSet<>();
        for (int offset = 0; offset < total; offset += 7) {
            RUNNING.client().json("/jobs-api/v1/jobs?offset=" + offset + "&limit=7").get("data")
                    .forEach(j -> assertTrue(ids.add(j.get("jobId").asText()), "seen twice: " + j.get("jobId")));
        }
        assertEquals(total, ids.size());
        assertEquals(0, RUNNING.client().json("/jobs-api/v1/jobs?offset=" + total + "&limit=7").get("data").size());
    }

    @Test
    void aLimitAboveTheMaximumIsClampedOrRefused() {
        JsonNode clamped = RUNNING.client().json("/jobs-api/v1/jobs?limit=500");
        assertEquals(100, clamped.get("limit").asInt());
        assertEquals(100, clamped.get("data").size());
        assertEquals(10, RUNNING.client().json("/jobs-api/v1/jobs").get("data").size(), "default limit");
        RUNNING.client().control("PUT", "/settings", "{\"reject_over_max_limit\": true}");
        Reply refused = RUNNING.client().get("/jobs-api/v1/jobs?limit=500");
        assertEquals(400, refused.status());
        assertEquals(400, refused.json().get("status").asInt());
        assertEquals(400, RUNNING.client().get("/jobs-api/v1/jobs?offset=-1").status());
        assertEquals(400, RUNNING.client().get("/jobs-api/v1/jobs?limit=ten").status());
    }

    @Test
    void jobsCarryHiringManagersAndRecruitersSomeWithEmptyEmails() {
        List<JsonNode> jobs = RUNNING.client().allJobs(null);
        assertTrue(jobs.stream().anyMatch(j -> j.get("hiringManagerEmail").isNull()), "some jobs name no manager");
        assertTrue(jobs.stream().anyMatch(j -> j.get("multiRecruiter").size() > 1));
        assertTrue(jobs.stream().anyMatch(j -> hasEmptyRecruiter(j)), "empty recruiterEmail entries occur");
        Set<String> users = new HashSet<>();
        RUNNING.client().postJson("/user-management/v1/users/search", "{\"from\":0,\"size\":100}").json().get("data")
                .forEach(u -> users.add(u.get("email").asText()));
        for (JsonNode j : jobs) {
            if (!j.get("hiringManagerEmail").isNull()) {
                assertNotNull(j.get("hiringManagerName").textValue());
                assertTrue(users.contains(j.get("hiringManagerEmail").asText()), "managers are users");
            }
            j.get("multiRecruiter").forEach(r -> assertTrue(r.get("recruiterEmail").asText().isEmpty()
                    || users.contains(r.get("recruiterEmail").asText())));
            assertFalse(j.get("companyName").asText().isEmpty());
            assertTrue(j.get("locale").asText().matches("[a-z]{2}_[A-Z]{2}"));
            assertTrue(j.get("postedDate").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000"));
        }
    }

    @Test
    void filtersByJobIdAndCategory() {
        JsonNode some = RUNNING.client().allJobs(null).get(3);
        JsonNode byId = RUNNING.client().json("/jobs-api/v1/jobs?jobId=" + some.get("jobId").asText());
        assertEquals(1, byId.get("totalRecordsCount").asInt());
        assertEquals(some, byId.get("data").get(0));
        String category = some.get("category").asText().replace(" ", "%20");
        RUNNING.client().json("/jobs-api/v1/jobs?limit=100&category=" + category).get("data")
                .forEach(j -> assertEquals(some.get("category").asText(), j.get("category").asText()));
    }

    private static boolean hasEmptyRecruiter(JsonNode job) {
        for (JsonNode r : job.get("multiRecruiter")) {
            if (r.get("recruiterEmail").asText().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
