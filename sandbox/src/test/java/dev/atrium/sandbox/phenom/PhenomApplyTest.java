package dev.atrium.sandbox.phenom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.phenom.model.JobStatus;
import dev.atrium.sandbox.support.SimulatorClient.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Phenom apply: checked against the documented field limits, kept, and seen by every later read. */
class PhenomApplyTest {

    @RegisterExtension
    static final RunningPhenom RUNNING = RunningPhenom.resettingAfterEach(SandboxOptions.defaults());

    private static String body(String jobId, String first, String email, String phone) {
        return "{\"jobId\":\"" + jobId + "\",\"source\":\"Job Board\",\"candidateData\":{\"firstName\":\"" + first
                + "\",\"lastName\":\"Lopez\",\"contactData\":{\"email\":\"" + email + "\",\"countryPhoneCode\":\"+1\","
                + "\"phoneNumber\":\"" + phone + "\",\"deviceType\":\"Mobile\"}}}";
    }

    private static String openJob() {
        return RUNNING.client().allJobs("external").get(0).get("jobId").asText();
    }

    @Test
    void anApplicationIsSeenByLaterReads() {
        String jobId = openJob();
        Reply created = RUNNING.client().postJson("/apply/v2/applications", body(jobId, "Ana", "ana.new@example.org", "5125550101"));
        assertEquals(201, created.status(), created.body());
        JsonNode app = created.json().get("data");
        assertEquals(jobId, app.get("jobId").asText());
        assertEquals("New", app.get("status").asText());
        String candidateId = app.get("candidateData").get("candidateId").asText();

        List<JsonNode> all = RUNNING.client().allApplications();
        assertEquals(app, all.get(all.size() - 1), "the list ends with the new application");
        assertTrue(RUNNING.client().allApplicants(jobId).stream()
                .anyMatch(a -> a.get("applicationId").asText().equals(app.get("applicationId").asText())));
        JsonNode candidate = RUNNING.client().json("/candidates-api/v1/candidates?email=ana.new@example.org").get("data");
        assertEquals(candidateId, candidate.get("candidateId").asText());
        assertEquals("5125550101", candidate.get("phoneList").get(0).get("phoneNumber").asText());
        assertEquals(1, RUNNING.client().control("GET", "/state", null).json().get("created").get("applications").asInt());
    }

    @Test
    void aKnownCandidateIsReusedAndCannotApplyTwiceToOneJob() {
        List<JsonNode> jobs = RUNNING.client().allJobs("external");
        String email = RUNNING.client().allApplications().get(0).get("candidateData").get("contactData").get("email").asText();
        String known = RUNNING.client().json("/candidates-api/v1/candidates?email=" + email).get("data").get("candidateId").asText();
        String target = jobs.get(jobs.size() - 1).get("jobId").asText();
        Reply first = RUNNING.client().postJson("/apply/v2/applications", body(target, "Ana", email, "5125550101"));
        if (first.status() == 201) {
            assertEquals(known, first.json().get("data").get("candidateData").get("candidateId").asText());
        }
        Reply again = RUNNING.client().postJson("/apply/v2/applications", body(target, "Ana", email, "5125550101"));
        assertEquals(409, again.status(), again.body());
        assertEquals(409, again.json().get("status").asInt());
    }

    @Test
    void documentedFieldLimitsAreEnforced() {
        String jobId = openJob();
        assertEquals(400, RUNNING.client().postJson("/apply/v2/applications",
                body(jobId, "Maximiliana-Josefina-A", "long@example.org", "5125550101")).status(), "first name over 20");
        assertEquals(400, RUNNING.client().postJson("/apply/v2/applications",
                body(jobId, "Ana", "phone@example.org", "512-555-0101")).status(), "phone pattern");
        assertEquals(400, RUNNING.client().postJson("/apply/v2/applications", body(jobId, "Ana", "", "5125550101")).status());
        assertEquals(400, RUNNING.client().postJson("/apply/v2/applications", "{not json").status());
        Reply unknown = RUNNING.client().postJson("/apply/v2/applications", body("R-999", "Ana", "u@example.org", "5125550101"));
        assertEquals(404, unknown.status());
        assertEquals(404, unknown.json().get("status").asInt());
        assertEquals(0, RUNNING.client().control("GET", "/state", null).json().get("created").get("applications").asInt());
    }

    @Test
    void aClosedJobTakesNoApplications() {
        String closed = RUNNING.sandbox().phenom().store().liveJobs().stream()
                .filter(j -> j.status() == JobStatus.CLOSED).findFirst().orElseThrow().jobId();
        Reply r = RUNNING.client().postJson("/apply/v2/applications", body(closed, "Ana", "closed@example.org", "5125550101"));
        assertEquals(400, r.status(), r.body());
    }
}
