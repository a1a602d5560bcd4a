package dev.atrium.sandbox.paycor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Paycor checklist (fact sheet B7) where no other test already proves it: scopes (item 1), candidates
 * only under a job (item 5) and the contact fields of B6.3 that a mapping must merge. The token endpoint,
 * paging, job filters, create validation, rate limit and date formats have their own tests.
 */
class PaycorFactSheetTest {

    @RegisterExtension
    static final RunningPaycor RUNNING = RunningPaycor.resettingAfterEach(SandboxOptions.defaults());

    @Test
    void aTokenWithoutTheOperationsScopeIs403WhileTheGrantedOperationsServe() {
        PaycorClient client = RUNNING.client();
        String jobId = client.jobs().get(0).get("id").asText();
        assertEquals(200, client.get(client.candidatesOf(jobId)).status());
        PaycorClient.Reply patched = client.control("PUT", "/settings",
                "{\"granted_scopes\":[\"View ATS Accounts By Legal Entity Id\",\"View ATS Account jobs by ATS Account ID\"]}");
        assertEquals(200, patched.status(), patched.body());

        PaycorClient.Reply refused = client.get(client.candidatesOf(jobId));
        assertEquals(403, refused.status());
        assertEquals("", refused.body());
        String body = "{\"jobId\":\"" + jobId + "\",\"atsAccountId\":\"" + client.accountId + "\",\"email\":\"a@example.com\","
                + "\"firstName\":\"A\",\"lastName\":\"B\",\"stage\":1,\"status\":1,\"source\":\"Indeed\"}";
        assertEquals(403, client.postJson("/v1/legalEntities/" + client.legalEntityId + "/ats/candidates", body).status());
        assertEquals(200, client.get(client.ats() + "/jobs/" + jobId).status());
        assertEquals(200, client.get("/v1/legalEntities/" + client.legalEntityId + "/ats/accounts").status());

        // The bearer check comes first: without a token the answer stays the bodiless 401.
        PaycorClient.Reply noToken = client.getWith(client.candidatesOf(jobId),
                Map.of("Ocp-Apim-Subscription-Key", client.subscriptionKey));
        assertEquals(401, noToken.status());
        assertEquals(400, client.control("PUT", "/settings", "{\"granted_scopes\":[\"View everything\"]}").status());
    }

    @Test
    void candidatesAreListedOnlyUnderAJob() {
        PaycorClient client = RUNNING.client();
        PaycorClient.Reply across = client.get(client.ats() + "/candidates");
        assertEquals(404, across.status());
        assertEquals("Resource not found", across.json().get("message").asText());
        assertEquals(404, client.get("/v1/legalEntities/" + client.legalEntityId + "/ats/candidates").status());
    }

    @Test
    void someCandidatesHaveBothEmailsAndBothPhones() {
        PaycorClient client = RUNNING.client();
        List<JsonNode> candidates = new ArrayList<>();
        for (JsonNode job : client.jobs()) {
            candidates.addAll(client.all(client.candidatesOf(job.get("id").asText())));
        }
        long bothEmails = candidates.stream().filter(c -> c.get("email").isTextual() && c.get("altEmail").isTextual()).count();
        long bothPhones = candidates.stream().filter(c -> c.get("mobilePhone").isTextual() && c.get("altPhone").isTextual()).count();
        assertTrue(bothEmails > 0, "a mapping must see a second email next to the first");
        assertTrue(bothPhones > 0, "a mapping must see a second phone next to the mobile one");
        candidates.stream().filter(c -> c.get("altEmail").isTextual())
                .forEach(c -> assertTrue(!c.get("altEmail").asText().equals(c.get("email").asText())));
    }
}
