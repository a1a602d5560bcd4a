package dev.atrium.sandbox.icims;

import static dev.atrium.sandbox.icims.IcimsClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.SimulatorClient.Reply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** iForms as screening questions, the List API, and the custom fields profiles carry (fact sheet A3.1, A3.4, A7.6). */
class IcimsFormsAndListsTest {

    private static final Set<String> TYPES = Set.of("text", "number", "textarea", "dateonly", "datetime", "salary",
            "currency", "dropdown", "multiselect", "checkbox", "radiogroup");

    @RegisterExtension
    static final RunningIcims RUNNING = RunningIcims.resettingAfterEach(SandboxOptions.defaults());

    @Test
    void formsListTheDocumentedKeysAndTheirMetaAsksQuestionsOfEveryDocumentedType() {
        IcimsClient client = RUNNING.client();
        JsonNode forms = json(client.get("/forms")).get("forms");
        assertEquals(forms, json(client.get("/forms/list")).get("forms"));
        Set<String> seen = new HashSet<>();
        for (JsonNode f : forms) {
            for (String key : List.of("id", "formname", "type", "displayName", "standardizedLevel", "isPublicAnswers")) {
                assertTrue(f.has(key), key + " in " + f);
            }
            JsonNode questions = json(client.get("/forms/" + f.get("formname").asText() + "/meta")).get("questions");
            for (int i = 1; i <= questions.size(); i++) {
                JsonNode q = questions.get("q" + i);
                assertTrue(TYPES.contains(q.get("type").asText()), q.toString());
                assertTrue(q.get("required").isBoolean() && !q.get("label").asText().isEmpty() && q.has("data"));
                boolean choice = Set.of("dropdown", "multiselect", "radiogroup").contains(q.get("type").asText());
                assertEquals(choice, q.has("options"), q.toString());
                seen.add(q.get("type").asText());
            }
        }
        assertEquals(TYPES, seen);
    }

    @Test
    void someJobsNameTheirQuestionnaireInTheSettingsFieldAndTheRestNone() {
        IcimsClient client = RUNNING.client();
        Set<String> listed = new HashSet<>();
        json(client.get("/forms")).get("forms").forEach(f -> listed.add(f.get("formname").asText()));
        int with = 0;
        long withForm = 0;
        List<Long> jobs = client.searchAll("jobs", "job", List.of());
        for (long id : jobs) {
            JsonNode job = json(client.get("/jobs/" + id));
            if (job.has(IcimsSettings.DEFAULT_JOB_FORM_FIELD)) {
                with++;
                withForm = id;
                assertTrue(listed.contains(job.get(IcimsSettings.DEFAULT_JOB_FORM_FIELD).asText()), job.toString());
            }
        }
        assertTrue(with > 0 && with < jobs.size(), with + " of " + jobs.size());

        client.control("PUT", "/settings", "{\"job_form_field\": \"jcf1099\"}");
        JsonNode moved = json(client.get("/jobs/" + withForm + "?fields=jcf1099,field50110"));
        assertTrue(moved.has("jcf1099") && !moved.has(IcimsSettings.DEFAULT_JOB_FORM_FIELD), moved.toString());
    }

    @Test
    void anUnknownFormIs404AndAnArchivedOne403WithTheErrorBody() {
        IcimsClient client = RUNNING.client();
        Reply unknown = client.get("/forms/No_Such_Form/meta");
        assertEquals(404, unknown.status());
        assertEquals(2, unknown.json().get("errors").get(0).get("errorCode").asInt());
        assertTrue(unknown.headers().firstValue("X-Error").orElseThrow().startsWith("2:"));
        assertEquals(403, client.get("/forms/Seasonal_Questions_2023/meta").status());
    }

    @Test
    void listsHoldTheNodesProfilesCarryAndPageBySize() {
        IcimsClient client = RUNNING.client();
        List<String> names = new ArrayList<>();
        json(client.get("/v2/lists")).get("lists").forEach(l -> names.add(l.get("name").asText()));
        assertTrue(names.containsAll(List.of("lists.sources", "lists.job.position_type", "lists.notes.rejection",
                "lists.phone_type", "lists.job.folders", "lists.compensation.types")), names.toString());
        Set<String> phoneTypes = new HashSet<>();
        json(client.get("/v2/lists/lists.phone_type")).get("nodes").forEach(n -> phoneTypes.add(n.get("id").asText()));
        JsonNode person = json(client.get("/people/10001"));
        person.get("phones").forEach(p -> assertTrue(phoneTypes.contains(p.get("phonetype").get("id").asText())));
        Set<String> sources = new HashSet<>();
        json(client.get("/v2/lists/lists.sources")).get("nodes").forEach(n -> sources.add(n.get("value").asText()));
        assertTrue(sources.contains(json(client.get("/applicantworkflows/19001")).get("source").asText()));

        JsonNode first = json(client.get("/v2/lists/lists.job.folders?size=3"));
        assertEquals(3, first.get("nodes").size());
        String next = first.get("_links").get("next").get("href").asText();
        JsonNode second = json(client.get(next.substring((client.baseUrl + client.customer).length())));
        assertFalse(second.get("nodes").get(0).equals(first.get("nodes").get(0)));
        assertEquals(400, client.get("/v2/lists/lists.job.folders?size=1001").status());
        assertEquals(404, client.get("/v2/lists/lists.nope").status());
    }

    @Test
    void profilesCarryCustomFieldsInTheDocumentedIdStyles() {
        IcimsClient client = RUNNING.client();
        boolean multiList = false;
        for (long id = 10_001; id < 10_060; id++) {
            JsonNode p = json(client.get("/people/" + id));
            if (p.has("field23848")) {
                multiList = true;
                assertTrue(p.get("field23848").isArray() && p.get("field23848").get(0).has("formattedvalue"));
            }
        }
        boolean interview = false;
        boolean referral = false;
        for (long id = 19_001; id < 19_200; id++) {
            JsonNode w = json(client.get("/applicantworkflows/" + id));
            interview |= w.has("rcf2001") && w.get("rcf2001").get("id").asText().startsWith("C");
            referral |= w.has("rcf2002") && w.get("rcf2002").isTextual();
        }
        assertTrue(multiList && interview && referral);
        assertTrue(json(client.get("/jobs/1001?fields=jcf1001,field50101")).size() >= 2, "a list and a SALARY custom field");
    }
}
