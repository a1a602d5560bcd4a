package dev.atrium.sandbox.paycor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Candidates as documented: one record per job, US-style dates, nullable fields, lookups by id. */
class PaycorCandidatesTest {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final List<String> NULLABLE = List.of("email", "preferredName", "startingStage", "source",
            "mobilePhone", "altPhone", "altEmail", "address", "address2", "city", "state", "postalCode", "country", "resumeText");

    @RegisterExtension
    static final RunningPaycor RUNNING = RunningPaycor.keepingState(SandboxOptions.defaults()
            .withPaycor(PaycorSettings.defaults().withCounts(PaycorCounts.defaults().withCandidates(1_500))));

    private static final List<JsonNode> CANDIDATES = new ArrayList<>();

    @BeforeAll
    static void readAll() {
        PaycorClient client = RUNNING.client();
        for (JsonNode job : client.jobs()) {
            CANDIDATES.addAll(client.all(client.candidatesOf(job.get("id").asText())));
        }
    }

    @Test
    void everyCandidateBelongsToItsJobAndCarriesUsStyleDates() {
        assertEquals(1_500, CANDIDATES.size());
        Set<String> stages = new HashSet<>();
        for (JsonNode c : CANDIDATES) {
            assertTrue(c.get("id").asText().matches("[0-9a-f]{32}"));
            assertTrue(c.get("jobId").asText().matches("[0-9a-f]{32}"));
            assertEquals(RUNNING.client().accountId, c.get("atsAccountId").asText());
            LocalDate created = LocalDate.parse(c.get("createdDate").asText(), US_DATE);
            LocalDate modified = LocalDate.parse(c.get("modifiedDate").asText(), US_DATE);
            assertTrue(!modified.isBefore(created), c.toString());
            assertTrue(c.get("stage").isInt() && c.get("status").isInt());
            stages.add(c.get("stage").asText() + "/" + c.get("status").asText());
        }
        assertTrue(stages.contains("1/1") && stages.contains("0/0"), "job seekers and passive candidates: " + stages);
        assertTrue(stages.stream().anyMatch(s -> !s.startsWith("0/") && !s.startsWith("1/")),
                "a few codes outside the documented table appear on read");
    }

    @Test
    void nullableFieldsAreSometimesNullAndSometimesNot() {
        for (String field : NULLABLE) {
            assertTrue(CANDIDATES.stream().anyMatch(c -> c.get(field).isNull()), field + " is never null");
            assertTrue(CANDIDATES.stream().anyMatch(c -> !c.get(field).isNull()), field + " is always null");
        }
    }

    @Test
    void somePeopleAppliedToSeveralJobsUnderOneEmailWithDifferentIds() {
        Map<String, List<JsonNode>> byEmail = new HashMap<>();
        CANDIDATES.stream().filter(c -> !c.get("email").isNull())
                .forEach(c -> byEmail.computeIfAbsent(c.get("email").asText(), k -> new ArrayList<>()).add(c));
        List<List<JsonNode>> repeated = byEmail.values().stream().filter(l -> l.size() > 1).toList();
        assertTrue(repeated.size() >= 5, "repeat applicants: " + repeated.size());
        for (List<JsonNode> same : repeated) {
            assertNotEquals(same.get(0).get("id"), same.get(1).get("id"));
            assertNotEquals(same.get(0).get("jobId"), same.get(1).get("jobId"));
            assertEquals(same.get(0).get("lastName"), same.get(1).get("lastName"));
        }
    }

    @Test
    void aCandidateByIdIsTheListedRecordAndOnlyUnderItsOwnJob() {
        PaycorClient client = RUNNING.client();
        for (int i = 0; i < CANDIDATES.size(); i += 97) {
            JsonNode c = CANDIDATES.get(i);
            assertEquals(c, client.json(client.candidatesOf(c.get("jobId").asText()) + "/" + c.get("id").asText()));
        }
        JsonNode c = CANDIDATES.get(0);
        String otherJob = CANDIDATES.stream().map(x -> x.get("jobId").asText())
                .filter(j -> !j.equals(c.get("jobId").asText())).findFirst().orElseThrow();
        PaycorClient.Reply elsewhere = client.get(client.candidatesOf(otherJob) + "/" + c.get("id").asText());
        assertEquals(404, elsewhere.status());
        PaycorAccessTest.assertPaycorError(elsewhere.json());
        assertEquals(404, client.get(client.candidatesOf(c.get("jobId").asText()) + "/" + c.get("jobId").asText()).status(),
                "a job id is not a candidate id");
    }

    @Test
    void theDateFormatIsASetting() {
        PaycorClient client = RUNNING.client();
        JsonNode c = CANDIDATES.get(3);
        String path = client.candidatesOf(c.get("jobId").asText()) + "/" + c.get("id").asText();
        try {
            client.control("PUT", "/settings", "{\"candidate_date_format\": \"iso_millis\"}");
            assertTrue(client.json(path).get("createdDate").asText().matches("\\d{4}-\\d{2}-\\d{2}T.*\\.\\d{3}Z"));
        } finally {
            RUNNING.paycor().reset();
        }
        assertEquals(c, client.json(path));
    }
}
