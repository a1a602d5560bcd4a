package dev.atrium.sandbox.phenom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.SimulatorClient.Reply;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Applications, applicants per job, candidates and workflow statuses as a connector reads them. */
class PhenomApplicationsTest {

    @RegisterExtension
    static final RunningPhenom RUNNING = RunningPhenom.keepingState(SandboxOptions.defaults()
            .withPhenom(PhenomSettings.defaults().withCounts(new PhenomCounts(40, 2_000, 20))));

    @Test
    void someApplicationsPointAtJobsHiddenFromTheExternalSiteOrAtTheJobidPlaceholder() {
        List<JsonNode> applications = RUNNING.client().allApplications();
        assertEquals(2_000, applications.size());
        Set<String> external = RUNNING.client().allJobs("external").stream().map(j -> j.get("jobId").asText())
                .collect(Collectors.toSet());
        long placeholder = applications.stream().filter(a -> a.get("jobId").asText().equals("JOBID")).count();
        long hidden = applications.stream().map(a -> a.get("jobId").asText())
                .filter(id -> !id.equals("JOBID") && !external.contains(id)).count();
        assertTrue(placeholder > 0, "JOBID placeholders");
        assertTrue(hidden > 0, "job ids missing from siteType=external");
        assertTrue(applications.size() - placeholder - hidden > 0, "most point at listed jobs");
    }

    @Test
    void applicationsSpanTheWorkflowWithHiredAndRejectedOutcomes() {
        Set<String> statuses = new HashSet<>();
        RUNNING.client().json("/projects-api/v1/workflow-statuses?size=100").get("data")
                .forEach(s -> statuses.add(s.get("name").asText()));
        Set<String> seen = RUNNING.client().allApplications().stream().map(a -> a.get("status").asText())
                .collect(Collectors.toSet());
        assertTrue(statuses.containsAll(seen), "every application status is a workflow status");
        assertTrue(seen.contains("Hired") && seen.contains("Not Selected") && seen.contains("New"), seen.toString());
        assertTrue(seen.size() >= 8, seen.toString());
    }

    @Test
    void workflowStatusesPageByFromAndSizeWithTotalCount() {
        JsonNode page = RUNNING.client().json("/projects-api/v1/workflow-statuses?from=2&size=3");
        assertEquals(3, page.get("pagination").get("size").asInt());
        assertEquals(2, page.get("pagination").get("from").asInt());
        assertEquals(10, page.get("pagination").get("totalCount").asInt());
        JsonNode status = page.get("data").get(0);
        for (String field : List.of("statusId", "name", "statusCode", "statusType", "associatedWorkflows")) {
            assertTrue(status.has(field), field);
        }
        assertEquals(1, RUNNING.client().json("/projects-api/v1/workflow-statuses?searchName=hired").get("data").size());
    }

    @Test
    void applicantsOfAJobNeedFromAndSizeAndAddUpToItsTotal() {
        JsonNode job = RUNNING.client().allJobs(null).get(0);
        Reply missing = RUNNING.client().get("/candidates-api/applications/v1/jobs/" + job.get("jobId").asText() + "/applicants");
        assertEquals(400, missing.status());
        assertEquals(400, missing.json().get("status").asInt());
        long sum = 0;
        for (JsonNode j : RUNNING.client().allJobs(null)) {
            List<JsonNode> applicants = RUNNING.client().allApplicants(j.get("jobId").asText());
            JsonNode first = RUNNING.client().json("/candidates-api/applications/v1/jobs/" + j.get("jobId").asText()
                    + "/applicants?from=0&size=3");
            assertEquals(applicants.size(), first.get("pagination").get("total").asInt());
            assertEquals(Math.min(3, applicants.size()), first.get("pagination").get("size").asInt());
            sum += applicants.size();
        }
        assertTrue(sum > 0 && sum < 2_000, "listed jobs hold some of the applications: " + sum);
        assertEquals(404, RUNNING.client().get("/candidates-api/applications/v1/jobs/R-999/applicants?from=0&size=5").status());
    }

    @Test
    void candidatesHaveSeveralEmailsAndPhonesAndAreFoundByAnyEmail() {
        int multiEmail = 0;
        int multiPhone = 0;
        for (JsonNode a : RUNNING.client().allApplications().subList(0, 200)) {
            String id = a.get("candidateData").get("candidateId").asText();
            JsonNode c = RUNNING.client().json("/candidates-api/v1/candidates?candidateId=" + id).get("data");
            assertEquals(id, c.get("candidateId").asText());
            assertTrue(c.get("createdDate").isNumber() && c.get("updatedDate").isNumber(), "epoch numbers");
            assertEquals(a.get("candidateData").get("contactData").get("email").asText(),
                    c.get("emailList").get(0).get("emailId").asText(), "the application shows the primary email");
            if (c.get("emailList").size() > 1) {
                multiEmail++;
                String other = c.get("emailList").get(1).get("emailId").asText();
                assertEquals(id, RUNNING.client().json("/candidates-api/v1/candidates?email=" + other.toUpperCase())
                        .get("data").get("candidateId").asText());
            }
            multiPhone += c.get("phoneList").size() > 1 ? 1 : 0;
            c.get("phoneList").forEach(p -> assertTrue(p.get("phoneNumber").asText().matches("^\\+?\\d{5,15}$")));
        }
        assertTrue(multiEmail > 10 && multiPhone > 10, multiEmail + " / " + multiPhone);
        assertEquals(404, RUNNING.client().get("/candidates-api/v1/candidates?email=nobody@example.com").status());
        assertEquals(400, RUNNING.client().get("/candidates-api/v1/candidates").status());
    }

    @Test
    void userSearchFiltersAndPages() {
        JsonNode all = RUNNING.client().postJson("/user-management/v1/users/search", "{\"from\":0,\"size\":100}").json();
        assertEquals(20, all.get("pagination").get("total").asInt());
        JsonNode one = all.get("data").get(4);
        JsonNode byId = RUNNING.client().postJson("/user-management/v1/users/search",
                "{\"userIds\":[\"" + one.get("userId").asText() + "\"]}").json();
        assertEquals(1, byId.get("data").size());
        assertEquals(one, byId.get("data").get(0));
        JsonNode enabled = RUNNING.client().postJson("/user-management/v1/users/search", "{\"enabled\":true,\"size\":100}").json();
        enabled.get("data").forEach(u -> assertTrue(u.get("enabled").asBoolean()));
        assertEquals(400, RUNNING.client().postJson("/user-management/v1/users/search", "[1]").status());
    }
}
