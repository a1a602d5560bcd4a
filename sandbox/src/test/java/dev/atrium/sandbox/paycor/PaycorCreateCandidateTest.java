package dev.atrium.sandbox.paycor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.SandboxOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST .../ats/candidates: 201 with the new id, visible afterwards; validation as PaycorError. */
class PaycorCreateCandidateTest {

    @RegisterExtension
    static final RunningPaycor RUNNING = RunningPaycor.resettingAfterEach(SandboxOptions.defaults());

    @Test
    void aCreatedCandidateIsReadableUnderItsJob() {
        PaycorClient client = RUNNING.client();
        String jobId = activeJob();
        ObjectNode body = validBody(jobId);
        body.put("preferredName", "Jo").put("mobilePhone", "5135550199").put("city", "Cincinnati");
        PaycorClient.Reply reply = client.postJson(createPath(), body.toString());
        assertEquals(201, reply.status(), reply.body());
        JsonNode resource = reply.json().get("resourceUrl");
        String id = resource.get("id").asText();
        assertTrue(id.matches("[0-9a-f]{32}"));
        String expectedUrl = "v1/legalEntities/" + client.legalEntityId + "/ats/" + client.accountId + "/jobs/" + jobId + "/candidates/" + id;
        assertEquals(expectedUrl, resource.get("url").asText());

        JsonNode read = client.json("/" + resource.get("url").asText());
        assertEquals("Joanna", read.get("firstName").asText());
        assertEquals("Jo", read.get("preferredName").asText());
        assertEquals("Careers Page", read.get("source").asText());
        assertEquals(1, read.get("startingStage").asInt(), "starting codes default to the given ones");
        assertTrue(read.get("altPhone").isNull());
        assertTrue(read.get("createdDate").asText().matches("\\d{2}/\\d{2}/\\d{4}"));
        assertTrue(client.all(client.candidatesOf(jobId)).stream().anyMatch(c -> c.get("id").asText().equals(id)));
        assertEquals(1, client.control("GET", "/state", null).json().get("created").get("candidates").asInt());
    }

    @Test
    void aMissingSourceIsAValidationErrorNamingIt() {
        PaycorClient client = RUNNING.client();
        ObjectNode body = validBody(activeJob());
        body.remove("source");
        PaycorClient.Reply reply = client.postJson(createPath(), body.toString());
        assertEquals(400, reply.status());
        PaycorAccessTest.assertPaycorError(reply.json());
        assertEquals("Validation Error", reply.json().get("title").asText());
        assertEquals(List.of("source"), fieldNames(reply.json().get("source")));
        body.put("source", "  ");
        assertEquals(List.of("source"), fieldNames(client.postJson(createPath(), body.toString()).json().get("source")));
        assertEquals(0, client.control("GET", "/state", null).json().get("created").get("candidates").asInt());
    }

    @Test
    void everyRequiredFieldAndTheDocumentedCodesAreChecked() {
        PaycorClient client = RUNNING.client();
        PaycorClient.Reply empty = client.postJson(createPath(), "{}");
        assertEquals(400, empty.status());
        assertEquals(List.of("atsAccountId", "email", "firstName", "jobId", "lastName", "source", "stage", "status"),
                fieldNames(empty.json().get("source")).stream().sorted().toList());
        ObjectNode body = validBody(activeJob());
        body.put("stage", 0).put("status", 5);
        assertEquals(List.of("status"), fieldNames(client.postJson(createPath(), body.toString()).json().get("source")));
        body.put("stage", 3).put("status", 0);
        assertEquals(List.of("stage"), fieldNames(client.postJson(createPath(), body.toString()).json().get("source")));
        body.put("stage", 1).put("email", "not-an-email");
        assertEquals(List.of("email"), fieldNames(client.postJson(createPath(), body.toString()).json().get("source")));
    }

    @Test
    void unknownJobsAreNotFoundAndOtherMediaTypesRefused() {
        PaycorClient client = RUNNING.client();
        ObjectNode body = validBody("ab".repeat(16));
        assertEquals(404, client.postJson(createPath(), body.toString()).status());
        PaycorClient.Reply form = client.postTyped(createPath(), "jobId=x", "application/x-www-form-urlencoded");
        assertEquals(415, form.status());
        PaycorClient.Reply noBearer = client.postWith(createPath(), body.toString(), Map.of(
                "Ocp-Apim-Subscription-Key", client.subscriptionKey, "Content-Type", "application/json"));
        assertEquals(401, noBearer.status(), "no bearer token: refused before the body is looked at");
        assertEquals(0, client.control("GET", "/state", null).json().get("created").get("candidates").asInt());
    }

    @Test
    void closedJobsAcceptCandidatesUnlessTheSettingsRefuseThem() {
        PaycorClient client = RUNNING.client();
        String closed = client.all(client.ats() + "/jobs?status=CLOSED").get(0).get("id").asText();
        assertEquals(201, client.postJson(createPath(), validBody(closed).toString()).status());
        client.control("PUT", "/settings", "{\"closed_job_create_status\": 422, \"create_response_url\": \"generic\"}");
        PaycorClient.Reply refused = client.postJson(createPath(), validBody(closed).toString());
        assertEquals(422, refused.status());
        PaycorAccessTest.assertPaycorError(refused.json());
        PaycorClient.Reply generic = client.postJson(createPath(), validBody(activeJob()).toString());
        assertEquals(201, generic.status());
        JsonNode resource = generic.json().get("resourceUrl");
        assertEquals("v1/myresources/resource?resourceID=" + resource.get("id").asText(), resource.get("url").asText());
    }

    @Test
    void pascalCaseKeysAreAccepted() {
        PaycorClient client = RUNNING.client();
        String job = activeJob();
        String body = "{\"JobId\":\"" + job + "\",\"AtsAccountId\":\"" + client.accountId + "\",\"Email\":\"p@example.com\","
                + "\"FirstName\":\"Pat\",\"LastName\":\"Case\",\"Stage\":0,\"Status\":9,\"Source\":\"Import\"}";
        PaycorClient.Reply reply = client.postJson(createPath(), body);
        assertEquals(201, reply.status(), reply.body());
    }

    private static String createPath() {
        return "/v1/legalEntities/" + RUNNING.client().legalEntityId + "/ats/candidates";
    }

    private static String activeJob() {
        return RUNNING.client().all(RUNNING.client().ats() + "/jobs?status=ACTIVE").get(0).get("id").asText();
    }

    private static ObjectNode validBody(String jobId) {
        return PaycorClient.JSON.createObjectNode().put("jobId", jobId).put("atsAccountId", RUNNING.client().accountId)
                .put("email", "joanna.doe@example.com").put("firstName", "Joanna").put("lastName", "Doe")
                .put("stage", 1).put("status", 1).put("source", "Careers Page");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
