package dev.atrium.sandbox.icims;

import static dev.atrium.sandbox.icims.IcimsClient.filter;
import static dev.atrium.sandbox.icims.IcimsClient.json;
import static dev.atrium.sandbox.icims.IcimsClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.SimulatorClient.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The simulator checklist of fact sheet A9, item by item, for what the other iCIMS tests leave open: the
 * customer check before any lookup, the login host apart from the API, search operators, relations and
 * {@code staleness}, write errors, headers on every answer, integer ids and job numbers.
 */
class IcimsFactSheetTest {

    @RegisterExtension
    static final RunningIcims RUNNING = RunningIcims.resettingAfterEach(SandboxOptions.defaults());

    @Test
    void item1AnotherCustomerIsNotFoundEvenForPathsThatExist() {
        IcimsClient client = RUNNING.client();
        for (String path : List.of("/forms", "/v2/lists", "/companies/6", "/search/jobs?searchJson=%7B%7D")) {
            Reply r = client.getWith("/customers/" + (Integer.parseInt(client.credentials.get("customer_id")) + 1) + path,
                    Map.of("Authorization", client.basic));
            assertEquals(404, r.status(), path);
            assertEquals(2, r.json().get("errors").get(0).get("errorCode").asInt());
        }
    }

    @Test
    void item2TheTokenEndpointLivesOnTheLoginHostNotUnderTheApi() {
        IcimsClient client = RUNNING.client();
        assertFalse(client.credentials.get("token_url").startsWith(client.baseUrl + "/"));
        Reply onApi = client.postWith(client.customer + "/oauth/token", "grant_type=client_credentials",
                Map.of("Authorization", client.basic, "Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(404, onApi.status());
        Reply noAudience = client.token(client.credentials.get("client_id"), client.credentials.get("client_secret"), "");
        assertEquals("access_denied", noAudience.json().get("error").asText());
    }

    @Test
    void item3ListNodesEverywhereHaveIdValueAndFormattedValue() {
        IcimsClient client = RUNNING.client();
        JsonNode job = json(client.get("/jobs/1001"));
        for (String key : List.of("folder", "positiontype", "department", "positioncategory")) {
            JsonNode n = job.get(key);
            assertTrue(n.get("id").asText().matches("[CD]\\d+"), key);
            assertEquals(n.get("value"), n.get("formattedvalue"), key);
        }
    }

    @Test
    void item4TextOperatorsRelationsAndStaleness() {
        IcimsClient client = RUNNING.client();
        JsonNode person = json(client.get("/people/10001"));
        String last = person.get("lastname").asText();
        List<Long> contains = ids(client, "people", query(filter("person.lastname", "=", last.substring(0, 3))));
        List<Long> exact = ids(client, "people", query(filter("person.lastname", "==", last)));
        assertTrue(exact.contains(10_001L) && contains.containsAll(exact));
        assertTrue(ids(client, "people", query(filter("person.lastname", "==", last.substring(0, 3)))).isEmpty());

        List<Long> ofPerson = ids(client, "applicantworkflows", query(filter("applicantworkflow.person.id", "=", "10001")));
        assertFalse(ofPerson.isEmpty());
        ofPerson.forEach(id -> assertEquals(10_001, json(client.get("/applicantworkflows/" + id)).get("associatedprofile")
                .get("id").asLong()));
        Reply live = client.post("/search/people?staleness=0", query(filter("person.id", "=", "10001")).toString());
        assertEquals(List.of(10_001L), ids(live));
    }

    @Test
    void item5AWriteErrorCarriesTheStatusTheXErrorHeaderAndTheErrorsBody() {
        IcimsClient client = RUNNING.client();
        Reply r = client.post("/applicantworkflows", "{\"associatedprofile\":10001}");
        assertEquals(400, r.status());
        JsonNode error = r.json().get("errors").get(0);
        assertEquals(1, error.get("errorCode").asInt());
        assertEquals("1:" + error.get("errorMessage").asText(), r.headers().firstValue("X-Error").orElseThrow());
    }

    @Test
    void item6QuotaHeadersAndTransactionComeOnErrorsAndWritesToo() {
        IcimsClient client = RUNNING.client();
        Reply notFound = client.get("/forms/No_Such_Form/meta");
        Reply created = client.post("/people", "{\"firstname\":\"Ada\",\"lastname\":\"Byron\"}");
        long before = Long.parseLong(notFound.headers().firstValue("x-ratelimit-remaining").orElseThrow());
        long after = Long.parseLong(created.headers().firstValue("x-ratelimit-remaining").orElseThrow());
        assertEquals(before - 1, after, "every call counts");
        for (Reply r : List.of(notFound, created)) {
            assertTrue(r.headers().firstValue("x-ratelimit-reset").isPresent());
            assertTrue(r.headers().firstValue("x-transaction").orElseThrow().matches("\\{[0-9A-F-]{36}}"));
        }
        assertFalse(notFound.headers().firstValue("x-transaction").equals(created.headers().firstValue("x-transaction")));
    }

    @Test
    void item7IdsAreIntegersAndJobNumbersTakeTheYearOfCreation() {
        IcimsClient client = RUNNING.client();
        JsonNode results = json(client.search("jobs", query(filter("job.id", ">", "0")))).get("searchResults");
        for (JsonNode r : results) {
            assertTrue(r.get("id").isIntegralNumber());
            JsonNode job = json(client.get("/jobs/" + r.get("id").asLong()));
            assertTrue(job.get("hiringmanager").get("id").isIntegralNumber());
            assertTrue(job.get("joblocation").get("companyid").isIntegralNumber());
            String number = job.get("jobid").asText();
            assertTrue(number.matches("\\d{4}-\\d{4}"), number);
            assertEquals(job.get("createddate").asText().substring(0, 4), number.substring(0, 4));
        }
    }

    private static List<Long> ids(IcimsClient client, String type, JsonNode body) {
        return ids(client.search(type, body));
    }

    private static List<Long> ids(Reply r) {
        return json(r).get("searchResults").findValues("id").stream().map(JsonNode::asLong).toList();
    }
}
