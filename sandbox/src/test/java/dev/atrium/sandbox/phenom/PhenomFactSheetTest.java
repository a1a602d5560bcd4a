package dev.atrium.sandbox.phenom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.SimulatorClient.Reply;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Phenom section 1 and 4.1 row where no other test already proves them: the tag operation, whose 400 for a
 * missing name or {@code x-ph-userId} is the documented one, and the documented envelope of every list. Tokens,
 * siteType, dangling job ids, from/size, workflow statuses, user search, hiring-team fields and apply have
 * their own tests.
 */
class PhenomFactSheetTest {

    private static final String TAGS = "/tags-api/v1/tags";

    @RegisterExtension
    static final RunningPhenom RUNNING = RunningPhenom.keepingState(SandboxOptions.defaults());

    @Test
    void aTagNeedsItsNameAndTheActingUserElse400WithStatusAndMessage() {
        PhenomClient client = RUNNING.client();
        String bearer = "Bearer " + client.login();
        Reply noUser = client.postWith(TAGS, "{\"tagName\":\"Silver medalist\"}",
                Map.of("Authorization", bearer, "Content-Type", "application/json"));
        assertEquals(400, noUser.status());
        assertEquals(Set.of("status", "message"), keys(noUser.json()));
        assertEquals(400, noUser.json().get("status").asInt());

        Reply noName = client.postJson(TAGS, "{\"tagName\":\" \"}");
        assertEquals(400, noName.status());
        assertEquals(400, noName.json().get("status").asInt());

        Reply lowerCaseHeader = client.postWith(TAGS, "{\"tagName\":\"Silver medalist\"}", Map.of("Authorization", bearer,
                "Content-Type", "application/json", "x-ph-userid", client.userId));
        assertEquals(200, lowerCaseHeader.status(), lowerCaseHeader.body());
        assertEquals("Silver medalist", lowerCaseHeader.json().get("data").get("tagName").asText());
        assertEquals(401, client.postWith(TAGS, "{\"tagName\":\"x\"}", Map.of("x-ph-userId", client.userId)).status());
    }

    @Test
    void everyListHasItsDocumentedEnvelope() {
        PhenomClient client = RUNNING.client();
        JsonNode jobs = client.json("/jobs-api/v1/jobs?siteType=external&offset=0&limit=5");
        assertEquals(Set.of("status", "offset", "limit", "totalRecordsCount", "data"), keys(jobs));
        JsonNode applications = client.json("/apply/v2/applications?offset=0&limit=5");
        assertEquals(Set.of("status", "statusCode", "statusMessage", "data"), keys(applications));
        JsonNode statuses = client.json("/projects-api/v1/workflow-statuses?from=0&size=5");
        assertTrue(keys(statuses).containsAll(Set.of("status", "message", "timestamp", "pagination", "data")));
        assertEquals(Set.of("size", "from", "totalCount"), keys(statuses.get("pagination")));
        String jobId = jobs.get("data").get(0).get("jobId").asText();
        JsonNode applicants = client.json("/candidates-api/applications/v1/jobs/" + jobId + "/applicants?from=0&size=5");
        assertEquals(Set.of("total", "size", "from"), keys(applicants.get("pagination")));
        assertTrue(applicants.get("data").get("candidates").isArray());
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new HashSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
