package dev.atrium.sandbox.icims;

import static dev.atrium.sandbox.icims.IcimsClient.filter;
import static dev.atrium.sandbox.icims.IcimsClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Profiles as iCIMS renders them: empty fields left out, list nodes, dates, links, {@code ?fields=} (fact sheet A6, A7). */
class IcimsProfileTest {

    private static final String DATE = "\\d{4}-\\d{2}-\\d{2} (0[1-9]|1[0-2]):[0-5]\\d (AM|PM)";

    @RegisterExtension
    static final RunningIcims RUNNING = RunningIcims.keepingState(SandboxOptions.defaults());

    @Test
    void peopleLeaveOutEmptyFieldsAndSomeHaveSeveralEmailsAndPhones() {
        IcimsClient client = RUNNING.client();
        boolean sawSeveralPhones = false;
        boolean sawAltEmail = false;
        boolean sawNoAddress = false;
        for (long id : client.searchAll("people", "person", List.of(filter("person.folder", "=", "D32001")))) {
            JsonNode p = json(client.get("/people/" + id));
            p.forEach(v -> assertFalse(v.isNull() || (v.isTextual() && v.asText().isEmpty()), "empty value in " + p));
            assertTrue(p.get("updateddate").asText().matches(DATE));
            assertEquals("D32001", p.get("folder").get("id").asText());
            assertEquals(p.get("folder").get("value"), p.get("folder").get("formattedvalue"));
            sawSeveralPhones |= p.has("phones") && p.get("phones").size() > 1;
            sawAltEmail |= p.has("email") && p.has("field51201");
            sawNoAddress |= !p.has("addresses");
        }
        assertTrue(sawSeveralPhones && sawAltEmail && sawNoAddress);
    }

    @Test
    void jobsLinkTheirHiringTeamToUserPeople() {
        IcimsClient client = RUNNING.client();
        Set<String> folders = new HashSet<>();
        for (long id : client.searchAll("jobs", "job", List.of())) {
            JsonNode job = json(client.get("/jobs/" + id));
            folders.add(job.get("folder").get("value").asText());
            assertTrue(job.get("jobid").asText().matches("\\d{4}-\\d{4}"));
            JsonNode manager = json(client.get("/people/" + job.get("hiringmanager").get("id").asLong()));
            assertEquals("D32011", manager.get("folder").get("id").asText());
            assertTrue(job.get("recruiter").get("profile").asText().endsWith("/people/" + job.get("recruiter").get("id").asLong()));
            assertEquals(client.baseUrl + client.customer + "/jobs/" + id, job.get("links").get(0).get("url").asText());
        }
        assertEquals(Set.of("Draft", "Pending Approval", "Approved", "On Hold", "Closed", "Filled", "Cancelled"), folders);
    }

    @Test
    void workflowsJoinAJobAndAPersonWithThreeSelfLinks() {
        IcimsClient client = RUNNING.client();
        JsonNode w = json(client.get("/applicantworkflows/19001"));
        assertEquals(3, w.get("links").size());
        w.get("links").forEach(l -> assertEquals("self", l.get("rel").asText()));
        long job = w.get("baseprofile").get("id").asLong();
        assertEquals(json(client.get("/jobs/" + job)).get("jobtitle"), w.get("baseprofile").get("value"));
        JsonNode person = json(client.get("/people/" + w.get("associatedprofile").get("id").asLong()));
        assertEquals(person.get("firstname").asText() + " " + person.get("lastname").asText(),
                w.get("associatedprofile").get("value").asText());
        assertTrue(w.get("status").get("id").asText().matches("[CD]\\d+"));
    }

    @Test
    void fieldsTrimTheProfileToTheAskedFieldsAndLinks() {
        JsonNode job = json(RUNNING.client().get("/jobs/1001?fields=jobtitle,folder"));
        Set<String> keys = new HashSet<>();
        job.fieldNames().forEachRemaining(keys::add);
        assertEquals(Set.of("jobtitle", "folder", "links"), keys);
    }

    @Test
    void unknownProfilesAreNotFound() {
        IcimsClient client = RUNNING.client();
        for (String path : List.of("/people/999999999", "/jobs/5", "/applicantworkflows/12")) {
            assertEquals(404, client.get(path).status(), path);
            assertEquals(2, client.get(path).json().get("errors").get(0).get("errorCode").asInt());
        }
    }

    @Test
    void statusesComeWithTheirBinsAndThePortalListsPostedJobs() {
        IcimsClient client = RUNNING.client();
        JsonNode options = json(client.get("/profiledefinitions/v1/submittal/status/schema")).get("options");
        assertEquals("D10100", options.get(0).get("id").asText());
        assertEquals("New Submissions", options.get(0).get("bin").get("value").asText());
        JsonNode posted = json(client.get("/search/portals/external")).get("searchResults");
        assertFalse(posted.isEmpty());
        for (JsonNode r : posted) {
            assertTrue(r.get("portalUrl").asText().startsWith("https://"));
            assertTrue(r.get("updatedDate").asText().matches(DATE));
            assertEquals("D31001", json(client.get("/jobs/" + r.get("id").asLong())).get("folder").get("id").asText());
        }
        assertEquals(404, client.get("/search/portals/internal").status());
    }
}
