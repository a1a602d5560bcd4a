package dev.atrium.sandbox.sagehr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SandboxOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The only write of the API: POST /recruitment/positions/{id}/applicants, multipart or JSON. */
class SageHrCreateApplicantTest {

    @RegisterExtension
    static final RunningSandbox RUNNING = RunningSandbox.resettingAfterEach(
            SandboxOptions.defaults());

    @Test
    void multipartCreateIsStoredAndVisibleInListDetailAndActions() {
        long positionId = positionWith("published").get("id").asLong();
        long countBefore = RUNNING.client().json("/recruitment/positions/" + positionId).get("data").get("applicants_count").asLong();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("applicant[first_name]", "Ada");
        fields.put("applicant[last_name]", "Lovelace");
        fields.put("applicant[email]", "ada.lovelace@example.com");
        fields.put("applicant[phone_number]", "+44 7700 900001");
        fields.put("applicant[source]", "linkedin");
        fields.put("send_thank_you_email", "true");
        SageHrClient.Reply reply = RUNNING.client().postMultipart("/recruitment/positions/" + positionId + "/applicants",
                fields, "applicant[attachment]", "cv.pdf", new byte[12_345]);
        assertEquals(201, reply.status(), reply.body());
        long id = reply.json().get("data").get("id").asLong();
        assertEquals(1, reply.json().get("data").size());

        JsonNode detail = RUNNING.client().json("/recruitment/applicants/" + id).get("data");
        assertEquals("Ada Lovelace", detail.get("full_name").asText());
        assertEquals("ada.lovelace@example.com", detail.get("email").asText());
        assertEquals("+44 7700 900001", detail.get("phone_number").asText());
        assertEquals("linkedin", detail.get("source").asText());
        assertEquals(positionId, detail.get("position_id").asLong());
        assertEquals("New", detail.get("stage").get("title").asText());
        assertTrue(detail.get("referrer").isNull());
        long owner = RUNNING.client().json("/employees").get("data").get(0).get("id").asLong();
        assertEquals(owner, detail.get("added_by").get("id").asLong(), "added by the API token's user");

        List<JsonNode> listed = RUNNING.client().all("/recruitment/positions/" + positionId + "/applicants");
        assertEquals(countBefore + 1, listed.size());
        assertEquals(id, listed.get(listed.size() - 1).get("id").asLong());

        JsonNode actions = RUNNING.client().json("/recruitment/applicants/" + id + "/actions").get("data");
        assertEquals("document_created", actions.get(0).get("action").asText());
        assertEquals("Uploaded \"cv.pdf\"", actions.get(0).get("message").asText());
        assertEquals("applicant_created", actions.get(1).get("action").asText());
    }

    @Test
    void jsonCreateWithReferralForcesTheReferralSource() {
        long positionId = positionWith("internal").get("id").asLong();
        JsonNode employee = RUNNING.client().json("/employees").get("data").get(3);
        String body = "{\"applicant\": {\"first_name\": \"Grace\", \"last_name\": \"Hopper\", \"source\": \"sourced\","
                + " \"referral\": {\"email\": \"" + employee.get("email").asText() + "\", \"full_name\": \"x\"}}}";
        SageHrClient.Reply reply = RUNNING.client().postJson("/recruitment/positions/" + positionId + "/applicants", body);
        assertEquals(201, reply.status(), reply.body());
        JsonNode detail = RUNNING.client().json("/recruitment/applicants/" + reply.json().get("data").get("id").asLong()).get("data");
        assertEquals("referral", detail.get("source").asText());
        assertEquals(employee.get("id"), detail.get("referrer").get("id"));
        assertTrue(detail.get("referrer").get("phone_number").isNull() || detail.get("referrer").get("phone_number").isNumber());
        assertTrue(detail.get("email").isNull());
    }

    @Test
    void blankSourceIsApiAndKeywordsMapToBuiltInSources() {
        long positionId = positionWith("published").get("id").asLong();
        Map<String, String> expected = Map.of("", "api", "Company_Marketing", "company_marketing",
                "recruiters", "recruiters", "Careers fair", "Careers fair");
        for (Map.Entry<String, String> source : expected.entrySet()) {
            Map<String, String> fields = Map.of("applicant[first_name]", "Test", "applicant[source]", source.getKey());
            SageHrClient.Reply reply = RUNNING.client().postMultipart("/recruitment/positions/" + positionId + "/applicants",
                    fields, null, null, null);
            assertEquals(201, reply.status(), reply.body());
            JsonNode detail = RUNNING.client().json("/recruitment/applicants/" + reply.json().get("data").get("id").asLong()).get("data");
            assertEquals(source.getValue(), detail.get("source").asText());
        }
    }

    @Test
    void missingFirstNameIs422() {
        long positionId = positionWith("published").get("id").asLong();
        SageHrClient.Reply reply = RUNNING.client().postJson("/recruitment/positions/" + positionId + "/applicants",
                "{\"applicant\": {\"last_name\": \"Nobody\"}}");
        assertEquals(422, reply.status());
        assertEquals("validation_failed", reply.json().get("error_code").asText());
        assertEquals(1, reply.json().get("errors").size());
    }

    @Test
    void anEmailAlreadyUsedInThePositionIs422ButAnotherPositionAcceptsIt() {
        List<JsonNode> open = positionsWithApplicants();
        long positionId = open.get(0).get("id").asLong();
        String taken = RUNNING.client().json("/recruitment/positions/" + positionId + "/applicants").get("data").get(0).get("email").asText();
        String body = "{\"applicant\": {\"first_name\": \"Again\", \"email\": \"" + taken.toUpperCase() + "\"}}";

        SageHrClient.Reply duplicate = RUNNING.client().postJson("/recruitment/positions/" + positionId + "/applicants", body);
        assertEquals(422, duplicate.status());
        assertEquals("{\"error_code\":\"validation_failed\",\"errors\":[\"Email has already been taken\"]}", duplicate.body());

        long otherId = open.get(1).get("id").asLong();
        assertEquals(201, RUNNING.client().postJson("/recruitment/positions/" + otherId + "/applicants", body).status());
        // The one just created makes the email taken in that position too.
        assertEquals(422, RUNNING.client().postJson("/recruitment/positions/" + otherId + "/applicants", body).status());
    }

    @Test
    void companyWideUniquenessRefusesTheEmailEverywhere() {
        RUNNING.client().control("PUT", "/settings", "{\"email_uniqueness\": \"per_company\"}");
        List<JsonNode> open = positionsWithApplicants();
        String taken = RUNNING.client().json("/recruitment/positions/" + open.get(0).get("id").asLong() + "/applicants")
                .get("data").get(0).get("email").asText();
        String body = "{\"applicant\": {\"first_name\": \"Again\", \"email\": \"" + taken + "\"}}";
        assertEquals(422, RUNNING.client().postJson("/recruitment/positions/" + open.get(1).get("id").asLong() + "/applicants", body).status());
    }

    @Test
    void completedAndCancelledPositionsRefuseNewApplicants() {
        String body = "{\"applicant\": {\"first_name\": \"Late\"}}";
        for (String status : List.of("completed", "cancelled")) {
            long id = positionWith(status).get("id").asLong();
            SageHrClient.Reply reply = RUNNING.client().postJson("/recruitment/positions/" + id + "/applicants", body);
            assertEquals(422, reply.status());
            assertEquals("validation_failed", reply.json().get("error_code").asText());
        }
        RUNNING.client().control("PUT", "/settings", "{\"closed_position_status\": 403}");
        long completed = positionWith("completed").get("id").asLong();
        assertEquals(403, RUNNING.client().postJson("/recruitment/positions/" + completed + "/applicants", body).status());
        assertEquals(0, RUNNING.sandbox().sagehr().state().counts().createdApplicants());
    }

    @Test
    void unknownPositionIs404AndBadJsonIs400() {
        assertEquals(404, RUNNING.client().postJson("/recruitment/positions/12/applicants", "{\"applicant\": {\"first_name\": \"A\"}}").status());
        long positionId = positionWith("published").get("id").asLong();
        assertEquals(400, RUNNING.client().postJson("/recruitment/positions/" + positionId + "/applicants", "{not json").status());
    }

    private static JsonNode positionWith(String status) {
        return RUNNING.client().all("/recruitment/positions?status=" + status).get(0);
    }

    private static List<JsonNode> positionsWithApplicants() {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode p : RUNNING.client().all("/recruitment/positions")) {
            if (p.get("status").asText().matches("published|internal") && p.get("applicants_count").asInt() > 0) {
                result.add(p);
            }
        }
        assertTrue(result.size() >= 2, "the fixture needs two open positions with applicants");
        return result;
    }
}
