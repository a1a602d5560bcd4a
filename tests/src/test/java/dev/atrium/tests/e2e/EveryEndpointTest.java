package dev.atrium.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.ids.RecordIds;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.sandbox.SandboxOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * All ten ATS list endpoints over a test connector that provides every model: item shapes, the nested views,
 * every endpoint filter of the contract and the nested-change rules of {@code updated_after}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EveryEndpointTest {

    private Path folder;
    private AtriumUnderTest atrium;
    private FixtureAts fixture;
    private String key;
    private Integration integration;

    @BeforeAll
    void syncFixture() throws Exception {
        folder = Files.createTempDirectory("atrium-every-endpoint");
        atrium = new AtriumUnderTest(folder, SandboxOptions.defaults(), FixtureAts.MAPPINGS);
        fixture = new FixtureAts(atrium.vertx);
        String[] environment = atrium.environmentWithKey("fixture-test");
        key = environment[1];
        integration = atrium.connect(environment[0], "fixture", fixture.baseUrl(), Map.of("api_key", FixtureAts.API_KEY));
        SyncRun run = atrium.sync(integration.id());
        assertEquals("SUCCEEDED", run.state(), "the fixture sync: " + run);
    }

    @AfterAll
    void close() {
        fixture.close();
        atrium.close();
    }

    @Test
    @Order(1)
    void everyEndpointServesValidItemsOfItsModel() {
        Map<String, Integer> expected = Map.of("jobs", 2, "candidates", 3, "applications", 3, "application-stages", 3,
                "users", 3, "roles", 3, "tags", 2, "offers", 1, "rejection-reasons", 2, "interviews", 1);
        expected.forEach((endpoint, count) -> {
            AtriumUnderTest.Response page = atrium.api("/v1/ats/" + endpoint + "?page_size=250", key, integration.id());
            assertEquals(200, page.status(), endpoint + ": " + page.body());
            ApiShapes.assertListPage(endpoint, page.body());
            assertEquals(count, page.body().at("/data/results").size(), endpoint);
        });
    }

    @Test
    @Order(2)
    void jobsNestTheirPipelineQuestionsPostingsAndHiringTeam() {
        JsonNode job = only("jobs", "remote_ids=j1");
        List<String> pipeline = new java.util.ArrayList<>();
        job.get("stages").forEach(stage -> pipeline.add(stage.get("name").asText() + ":" + stage.get("index").asInt()));
        assertEquals(List.of("Screening:0", "Interview:1", "Offer:2"), pipeline);
        assertEquals(List.of("TEXT", "NUMBER", "SINGLE_SELECT", "MULTI_SELECT", "BOOLEAN", "DATE", "FILE",
                "INFORMATION", "UNKNOWN"), job.get("screening_questions").findValues("format").stream()
                .map(format -> format.get("type").asText()).toList());
        JsonNode select = job.get("screening_questions").get(2);
        assertEquals(true, select.get("required").asBoolean());
        assertEquals("Lisbon", select.at("/format/options/1/name").asText());
        assertEquals("EEO", job.get("screening_questions").get(8).get("category").asText());
        assertEquals("Backend Engineer (m/f/d)", job.at("/job_postings/0/title").asText());
        JsonNode member = job.at("/hiring_team/0");
        assertEquals(RecordIds.of(integration.id(), "users", "u1"), member.get("id").asText());
        assertEquals("[\"HIRING_MANAGER\"]", member.get("hiring_team_roles").toString());
        assertEquals("Hiring Manager", member.at("/job_roles/0/remote_label").asText());
        assertEquals("JOB", member.at("/job_roles/0/scope").asText());
        assertEquals(0, only("jobs", "remote_ids=j2").get("hiring_team").size());
    }

    @Test
    @Order(3)
    void usersOffersAndInterviewsNestWhatTheContractSays() {
        JsonNode ada = only("users", "remote_ids=u1");
        assertEquals("Administrator", ada.at("/system_roles/0/remote_label").asText());
        assertEquals("ADMIN", ada.at("/system_roles/0/unified_type").asText());
        assertTrue(only("users", "remote_ids=u3").get("email").isNull(), "an invalid address is served as null");
        assertEquals("Bob.Berg@example.com", only("users", "remote_ids=u2").get("email").asText(),
                "the domain of an address is served in lower case");

        JsonNode offer = only("offers", "");
        assertEquals("John", offer.at("/application/candidate/first_name").asText());
        assertEquals("Backend Engineer", offer.at("/application/job/name").asText());
        assertTrue(offer.get("application").get("id") == null, "the offer's application carries no id");

        JsonNode interview = only("interviews", "");
        assertEquals(Set.of("Ada", "Bob"), set(interview.get("users"), "first_name"));
        assertEquals("PENDING", interview.at("/application/outcome").asText());
        assertEquals("Jane", interview.at("/application/candidate/first_name").asText());
        assertEquals("ENG-1", atrium.all("/v1/ats/jobs", "job_codes=ENG-1", key, integration.id()).get(0)
                .get("job_code").asText());

        JsonNode jane = only("candidates", "remote_ids=c1");
        assertEquals(Set.of("vip", "referral"), set(jane.get("tags"), "name"));
        assertEquals("Interview", jane.at("/applications/0/current_stage/name").asText());
        assertEquals(1, jane.at("/applications/0/current_stage/index").asInt());
        JsonNode application = only("applications", "remote_ids=a3");
        assertEquals("Product Designer", application.at("/job/name").asText());
        assertEquals(0, application.at("/current_stage/index").asInt(), "the index of Screening in that job");
    }

    @Test
    @Order(4)
    void jobFiltersMatchTheirFieldsAndCombineWithAnd() {
        assertEquals(Set.of("j1"), remoteIds("jobs", "statuses=OPEN"));
        assertEquals(Set.of("j2"), remoteIds("jobs", "status=CLOSED"));
        assertEquals(Set.of("j1", "j2"), remoteIds("jobs", "statuses=" + encode("OPEN,CLOSED")));
        assertEquals(Set.of("j2"), remoteIds("jobs", "employment_types=PART_TIME"));
        assertEquals(Set.of("j1"), remoteIds("jobs", "visibilities=PUBLIC"));
        assertEquals(Set.of("j1", "j2"), remoteIds("jobs", "job_codes=" + encode("ENG-1,DES-2")));
        assertEquals(Set.of("j1"), remoteIds("jobs", "post_url=" + encode("https://jobs.example.com/eng-1?ref=a,b")));
        assertEquals(Set.of("j1"), remoteIds("jobs", "name_contains=ENGIN"));
        assertEquals(Set.of("j2"), remoteIds("jobs", "remote_created_after=" + encode("2024-03-01T23:59:00.000Z")));
        assertEquals(Set.of(), remoteIds("jobs", "statuses=OPEN&employment_types=PART_TIME"));
        assertEquals(Set.of("j1", "j2"), remoteIds("jobs", "statuses="), "a blank list matches all values");
        assertInvalid("jobs?statuses=OPEN,open", "statuses");
        assertInvalid("jobs?remote_created_after=yesterday", "remote_created_after");
    }

    @Test
    @Order(5)
    void applicationCandidateUserRoleAndInterviewFilters() {
        String j1 = RecordIds.of(integration.id(), "jobs", "j1");
        String j2 = RecordIds.of(integration.id(), "jobs", "j2");
        assertEquals(Set.of("a2", "a3"), remoteIds("applications", "outcomes=" + encode("HIRED,DECLINED")));
        assertEquals(Set.of("a1"), remoteIds("applications", "outcome=PENDING"));
        assertEquals(Set.of("a1", "a2"), remoteIds("applications", "job_ids=" + j1));
        assertEquals(Set.of("a3"), remoteIds("applications", "job_remote_ids=j2"));
        assertEquals(Set.of("a1"), remoteIds("applications", "current_stage_ids="
                + RecordIds.of(integration.id(), "application_stages", "s2")));
        assertEquals(Set.of("a2", "a3"), remoteIds("applications", "remote_created_after=2024-02-15"));
        assertEquals(Set.of("a2"), remoteIds("applications", "job_ids=" + j1 + "&outcomes=HIRED"));
        assertInvalid("applications?job_ids=j1", "job_ids");

        assertEquals(Set.of("c1"), remoteIds("candidates", "email=" + encode("JANE.DOE@example.com")));
        assertEquals(Set.of("c2"), remoteIds("candidates", "email=" + encode("john.smith@example.com")));
        assertEquals(Set.of("c3"), remoteIds("candidates", "job_ids=" + j2));
        assertEquals(Set.of("c1", "c2", "c3"), remoteIds("candidates", "job_ids=" + encode(j1 + "," + j2)));
        assertEquals(Set.of("c1"), remoteIds("candidates", "first_name=jane"));
        assertEquals(Set.of("c2"), remoteIds("candidates", "last_name=SMITH"));

        assertEquals(Set.of("u1", "u2"), remoteIds("users", "emails=" + encode("BOB.berg@example.com,ada@example.com")));
        assertEquals(Set.of("r2", "r3"), remoteIds("roles", "scopes=JOB"));
        assertInvalid("roles?scopes=TEAM", "scopes");
        assertEquals(Set.of("i1"), remoteIds("interviews", "job_ids=" + j1));
        assertEquals(Set.of(), remoteIds("interviews", "job_ids=" + j2));
        assertInvalid("tags?job_ids=" + j1, "job_ids");
    }

    @Test
    @Order(100)
    void updatedAfterFollowsTheNestedChangeRules() throws InterruptedException {
        Instant before = Instant.now();
        Thread.sleep(5); // changed_at has millisecond resolution
        fixture.record("roles", "r1").put("label", "Super administrator");
        fixture.record("interviews", "i1").putArray("interviewers").add("u1");
        fixture.record("applications", "a2").put("outcome", "DECLINED");
        fixture.record("stages", "s3").put("name", "Offer made");
        assertEquals("SUCCEEDED", atrium.sync(integration.id()).state());
        String since = "updated_after=" + encode(before.toString());

        // users: a system role edited → the users holding it.
        assertEquals(Set.of("u1", "u3"), remoteIds("users", since));
        assertEquals("Super administrator", only("users", "remote_ids=u1").at("/system_roles/0/remote_label").asText());
        // interviews: an interviewer removed → the interview.
        assertEquals(Set.of("i1"), remoteIds("interviews", since));
        // offers: the application edited → its offers.
        assertEquals(Set.of("o1"), remoteIds("offers", since));
        // applications: a2 itself, plus a3? no: a stage edit counts only for the current stage it is.
        assertEquals(Set.of("a2"), remoteIds("applications", since));
        // jobs: a stage edited is not a change of the jobs that use it.
        assertEquals(Set.of(), remoteIds("jobs", since));
        // candidates: an application edited → its candidate.
        assertEquals(Set.of("c2"), remoteIds("candidates", since));
        assertEquals(Set.of("r1"), remoteIds("roles", since));
        assertEquals(Set.of("s3"), remoteIds("application-stages", since));
    }

    private JsonNode only(String endpoint, String query) {
        List<JsonNode> items = atrium.all("/v1/ats/" + endpoint, query, key, integration.id());
        assertEquals(1, items.size(), endpoint + "?" + query + ": " + items);
        return items.get(0);
    }

    private Set<String> remoteIds(String endpoint, String query) {
        Set<String> ids = new TreeSet<>();
        for (JsonNode item : atrium.all("/v1/ats/" + endpoint, query, key, integration.id())) {
            ApiShapes.assertItem(endpoint, item);
            ids.add(item.get("remote_id").asText());
        }
        return ids;
    }

    private void assertInvalid(String pathAndQuery, String parameter) {
        AtriumUnderTest.Response response = atrium.api("/v1/ats/" + pathAndQuery, key, integration.id());
        assertEquals(400, response.status(), pathAndQuery + ": " + response.body());
        ApiShapes.assertError(response.body());
        assertEquals("PLATFORM.INPUT_INVALID", response.body().at("/error/code").asText());
        assertTrue(response.body().at("/error/message").asText().contains(parameter), response.body().toString());
    }

    private static Set<String> set(JsonNode items, String field) {
        Set<String> values = new TreeSet<>();
        items.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
