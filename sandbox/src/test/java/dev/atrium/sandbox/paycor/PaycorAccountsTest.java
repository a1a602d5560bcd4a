package dev.atrium.sandbox.paycor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A legal entity with several ATS accounts: each job and candidate lives in exactly one. */
class PaycorAccountsTest {

    @RegisterExtension
    static final RunningPaycor RUNNING = RunningPaycor.keepingState(SandboxOptions.defaults().withPaycor(
            PaycorSettings.defaults().withPageSize(2).withCounts(PaycorCounts.defaults().withAtsAccounts(3).withJobs(12))));

    @Test
    void accountsArePagedAndSplitTheJobs() {
        PaycorClient client = RUNNING.client();
        List<JsonNode> accounts = client.all("/v1/legalEntities/" + client.legalEntityId + "/ats/accounts");
        assertEquals(3, accounts.size());
        assertEquals(client.accountId, accounts.get(0).get("id").asText());
        Set<String> seen = new HashSet<>();
        for (JsonNode account : accounts) {
            String prefix = "/v1/legalEntities/" + client.legalEntityId + "/ats/" + account.get("id").asText();
            List<JsonNode> jobs = client.all(prefix + "/jobs");
            assertEquals(4, jobs.size());
            for (JsonNode job : jobs) {
                assertEquals(account.get("id"), job.get("atsAccountId"));
                assertTrue(seen.add(job.get("id").asText()));
            }
        }
        assertEquals(12, seen.size());
    }

    @Test
    void aJobIsNotFoundUnderAnotherAccount() {
        PaycorClient client = RUNNING.client();
        List<JsonNode> accounts = client.all("/v1/legalEntities/" + client.legalEntityId + "/ats/accounts");
        String other = "/v1/legalEntities/" + client.legalEntityId + "/ats/" + accounts.get(1).get("id").asText();
        String jobId = client.jobs().get(0).get("id").asText();
        assertEquals(200, client.get(client.ats() + "/jobs/" + jobId).status());
        assertEquals(404, client.get(other + "/jobs/" + jobId).status());
        assertEquals(404, client.get(other + "/jobs/" + jobId + "/candidates").status());
    }
}
