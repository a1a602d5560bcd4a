package dev.atrium.sandbox.icims;

import static dev.atrium.sandbox.icims.IcimsClient.filter;
import static dev.atrium.sandbox.icims.IcimsClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.SimulatorClient.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The documented writes and that later reads and searches see them (fact sheet A8). */
class IcimsWritesTest {

    @RegisterExtension
    static final RunningIcims RUNNING = RunningIcims.resettingAfterEach(SandboxOptions.defaults());

    @Test
    void aCreatedPersonAnswers201WithLocationAndAnEmptyBodyAndIsReadBack() {
        IcimsClient client = RUNNING.client();
        Reply created = client.post("/people", "{\"firstname\":\"Ada\",\"lastname\":\"Byron\",\"email\":\"ada@example.org\","
                + "\"phones\":[{\"phonetype\":{\"value\":\"Home\"},\"phonenumber\":\"617 555 0199\"}]}");
        assertEquals(201, created.status());
        assertEquals("", created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertEquals(client.baseUrl + client.customer + "/people/" + id, location);
        JsonNode person = json(client.get("/people/" + id));
        assertEquals("Byron", person.get("lastname").asText());
        assertEquals("Home", person.get("phones").get(0).get("phonetype").get("value").asText());
        // The write is dated on the write clock, which starts after every generated record.
        List<Long> recent = client.searchAll("people", "person", List.of(filter("person.updateddate", ">=", "2025-06-02")));
        assertEquals(List.of(id), recent);
    }

    @Test
    void aPersonWithoutALastNameIsRefusedWithFieldRequired() {
        Reply r = RUNNING.client().post("/people", "{\"firstname\":\"Ada\"}");
        assertEquals(400, r.status());
        assertEquals(1, r.json().get("errors").get(0).get("errorCode").asInt());
    }

    @Test
    void aWorkflowIsCreatedMovedAndFoundByItsNewStatus() {
        IcimsClient client = RUNNING.client();
        Reply person = client.post("/people", "{\"firstname\":\"Ada\",\"lastname\":\"Byron\"}");
        String personId = last(person.headers().firstValue("Location").orElseThrow());
        Reply created = client.post("/applicantworkflows", "{\"baseprofile\":1003,\"associatedprofile\":" + personId
                + ",\"status\":{\"id\":\"D10100\"},\"source\":\"Other (Please Specify)\",\"sourcename\":\"atrium\"}");
        assertEquals(201, created.status(), created.body());
        String id = last(created.headers().firstValue("Location").orElseThrow());
        JsonNode w = json(client.get("/applicantworkflows/" + id));
        assertEquals(1003, w.get("baseprofile").get("id").asLong());
        assertEquals("Web Services", w.get("sourceorigin").get("value").asText());

        assertEquals(204, client.patch("/applicantworkflows/" + id, "{\"status\":{\"id\":\"C36951\"}}", "application/json").status());
        assertEquals("C36951", json(client.get("/applicantworkflows/" + id)).get("status").get("id").asText());
        List<Long> offered = client.searchAll("applicantworkflows", "applicantworkflow", List.of(
                filter("applicantworkflow.status", "=", "C36951"), filter("applicantworkflow.updateddate", ">=", "2025-06-02")));
        assertEquals(List.of(Long.parseLong(id)), offered);

        Reply badStatus = client.patch("/applicantworkflows/" + id, "{\"status\":{\"id\":\"C00000\"}}", "application/json");
        assertEquals(400, badStatus.status());
        assertEquals(404, client.post("/applicantworkflows", "{\"baseprofile\":99,\"associatedprofile\":" + personId + "}").status());
    }

    @Test
    void anUploadedResumeIsDownloadedWithItsContentType() {
        IcimsClient client = RUNNING.client();
        String boundary = "----atrium";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 test\r\n--" + boundary + "--\r\n";
        assertEquals(204, client.patch("/people/10001/fields/resume/binary", body, "multipart/form-data; boundary=" + boundary).status());
        Reply file = client.get("/people/10001/fields/resume/binary");
        assertEquals(200, file.status());
        assertEquals("application/pdf", file.contentType());
        assertEquals("%PDF-1.4 test", file.body());
    }

    private static String last(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
