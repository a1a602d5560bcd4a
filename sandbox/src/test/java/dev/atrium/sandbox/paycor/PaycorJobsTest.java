package dev.atrium.sandbox.paycor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jobs as documented: vocabulary, dates, user lists only when asked for with include, the two filters. */
class PaycorJobsTest {

    private static final Set<String> STATUSES = Set.of("ACTIVE", "ACTIVATING", "APPROVING", "CLOSED", "DENIED", "DRAFT", "FILLED", "REVIEWING");
    private static final List<String> LISTS = List.of("hiringManagers", "recruiters", "teamMembers", "executives");
    private static final String ISO_MILLIS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @RegisterExtension
    static final RunningPaycor RUNNING = RunningPaycor.keepingState(SandboxOptions.defaults());

    @Test
    void jobsUseTheDocumentedShapeAndVocabulary() {
        List<JsonNode> jobs = RUNNING.client().jobs();
        assertEquals(15, jobs.size());
        Set<String> statuses = new HashSet<>();
        Set<String> remote = new HashSet<>();
        for (JsonNode job : jobs) {
            assertTrue(job.get("id").asText().matches("[0-9a-f]{32}"));
            assertEquals(RUNNING.client().accountId, job.get("atsAccountId").asText());
            statuses.add(job.get("status").asText());
            remote.add(job.get("remoteStatus").asText());
            assertTrue(Set.of("NONE", "LOW", "NORMAL", "ON_HOLD", "URGENT").contains(job.get("priority").asText()));
            assertTrue(job.get("createdDate").asText().matches(ISO_MILLIS));
            assertTrue(job.get("modifiedDate").asText().compareTo(job.get("createdDate").asText()) >= 0);
            assertTrue(job.get("activatedDate").isNull() || job.get("activatedDate").asText().matches(ISO_MILLIS));
            JsonNode pay = job.get("payRange");
            if (!pay.isNull()) {
                assertTrue(Set.of("USD", "CAD").contains(pay.get("currency").asText()));
                assertTrue(pay.get("minimum").asDouble() <= pay.get("maximum").asDouble());
                assertTrue(Set.of("Yearly", "Hourly", "Weekly", "Monthly").contains(pay.get("payPeriod").asText()));
            }
            for (String list : LISTS) {
                assertTrue(job.get(list).isNull(), "user lists are null without include");
            }
            for (String flag : List.of("postedToCareers", "postedToIndeed", "postedToSmartSourcing", "postedToLinkedIn",
                    "postedToZipRecruiter", "postedToGravity")) {
                assertTrue(job.get(flag).isBoolean());
            }
        }
        assertEquals(STATUSES, statuses, "every documented status appears");
        assertTrue(remote.size() >= 3, "remote statuses vary: " + remote);
    }

    @Test
    void includeFillsOnlyTheListsAskedFor() {
        PaycorClient client = RUNNING.client();
        for (JsonNode job : client.all(client.ats() + "/jobs?include=HiringManagers")) {
            assertTrue(job.get("hiringManagers").isArray());
            assertTrue(job.get("recruiters").isNull());
        }
        for (JsonNode job : client.all(client.ats() + "/jobs?include=Recruiters&include=teamMembers")) {
            assertTrue(job.get("recruiters").isArray());
            assertTrue(job.get("teamMembers").isArray());
            assertTrue(job.get("hiringManagers").isNull());
            assertTrue(job.get("executives").isNull());
        }
        Map<Integer, Set<String>> jobsByUser = new HashMap<>();
        int filled = 0;
        for (JsonNode job : client.all(client.ats() + "/jobs?include=All")) {
            for (String list : LISTS) {
                assertTrue(job.get(list).isArray());
                for (JsonNode user : job.get(list)) {
                    filled++;
                    assertTrue(user.get("id").isInt());
                    assertTrue(user.get("email").asText().contains("@"));
                    assertTrue(user.get("firstName").isTextual() && user.get("lastName").isTextual());
                    jobsByUser.computeIfAbsent(user.get("id").asInt(), k -> new HashSet<>()).add(job.get("id").asText());
                }
            }
        }
        assertTrue(filled > 15);
        assertTrue(jobsByUser.values().stream().anyMatch(jobs -> jobs.size() > 1), "some users staff several jobs");
        JsonNode one = client.json(client.ats() + "/jobs/" + client.jobs().get(0).get("id").asText() + "?include=Executives");
        assertTrue(one.get("executives").isArray());
        assertTrue(one.get("hiringManagers").isNull());
        PaycorClient.Reply bad = client.get(client.ats() + "/jobs?include=Interviewers");
        assertEquals(400, bad.status());
        assertTrue(bad.json().get("source").has("include"));
    }

    @Test
    void statusAndPostedToCareersFilterTheList() {
        PaycorClient client = RUNNING.client();
        List<JsonNode> all = client.jobs();
        for (String status : STATUSES) {
            long expected = all.stream().filter(j -> j.get("status").asText().equals(status)).count();
            List<JsonNode> filtered = client.all(client.ats() + "/jobs?status=" + status.toLowerCase());
            assertEquals(expected, filtered.size(), status);
        }
        long posted = all.stream().filter(j -> j.get("postedToCareers").asBoolean()).count();
        assertTrue(posted > 0 && posted < all.size());
        assertEquals(posted, client.all(client.ats() + "/jobs?postedToCareers=true").size());
        assertEquals(all.size() - posted, client.all(client.ats() + "/jobs?postedToCareers=false").size());
        assertEquals(400, client.get(client.ats() + "/jobs?status=OPEN").status());
    }

    @Test
    void aJobByIdIsTheListedRecord() {
        PaycorClient client = RUNNING.client();
        for (JsonNode job : client.all(client.ats() + "/jobs?include=All")) {
            assertEquals(job, client.json(client.ats() + "/jobs/" + job.get("id").asText() + "?include=All"));
        }
        assertFalse(client.jobs().isEmpty());
    }
}
