package dev.atrium.sandbox.phenom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.SandboxTwins;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Same seed, same bytes; another seed, another tenant and other credentials. */
class PhenomDeterminismTest {

    private static final List<String> PATHS = List.of(
            "/jobs-api/v1/jobs?limit=100",
            "/apply/v2/applications?offset=0&limit=100",
            "/apply/v2/applications?offset=250&limit=100",
            "/candidates-api/v1/candidates?candidateId=CAND-100001",
            "/candidates-api/applications/v1/jobs/R-100002/applicants?from=0&size=50",
            "/projects-api/v1/workflow-statuses?size=20");

    @RegisterExtension
    static final SandboxTwins SANDBOXES = new SandboxTwins(SandboxOptions.defaults(), 7);

    @Test
    void sameSeedServesIdenticalBodies() {
        PhenomClient a = new PhenomClient(SANDBOXES.first());
        PhenomClient b = new PhenomClient(SANDBOXES.twin());
        assertEquals(a.credentials.get("client_secret"), b.credentials.get("client_secret"));
        for (String path : PATHS) {
            PhenomClient.Reply left = a.get(path);
            assertEquals(200, left.status(), path + " " + left.body());
            assertEquals(left.body(), b.get(path).body(), path);
        }
        assertEquals(a.postJson("/user-management/v1/users/search", "{}").body(),
                b.postJson("/user-management/v1/users/search", "{}").body());
    }

    @Test
    void anotherSeedServesAnotherTenantAndCredentials() {
        PhenomClient a = new PhenomClient(SANDBOXES.first());
        PhenomClient c = new PhenomClient(SANDBOXES.other());
        assertNotEquals(a.credentials.get("client_secret"), c.credentials.get("client_secret"));
        assertEquals(401, c.tokenCall(a.credentials.get("client_id"), a.credentials.get("client_secret")).status());
        assertEquals(401, c.getWith("/jobs-api/v1/jobs", Map.of("Authorization", "Bearer " + a.login())).status());
        for (String path : List.of("/jobs-api/v1/jobs?limit=100", "/apply/v2/applications?limit=100")) {
            assertNotEquals(a.get(path).body(), c.get(path).body(), path);
        }
    }

    @Test
    void sameMutationCallsOnTheSameSeedGiveTheSameResultAndData() {
        PhenomClient a = new PhenomClient(SANDBOXES.first());
        PhenomClient b = new PhenomClient(SANDBOXES.twin());
        String calls = "{\"delete_applications\": 3, \"change_applications\": 5, \"delete_jobs\": 1, \"change_jobs\": 2,"
                + " \"close_jobs\": 1, \"create_applications\": 2, \"change_candidates\": 2}";
        try {
            for (int round = 0; round < 2; round++) {
                String left = a.control("POST", "/mutations", calls).body();
                assertEquals(left, b.control("POST", "/mutations", calls).body());
            }
            for (String path : PATHS) {
                assertEquals(a.get(path).body(), b.get(path).body(), path);
            }
            assertEquals(a.get("/apply/v2/applications?offset=290&limit=100").body(),
                    b.get("/apply/v2/applications?offset=290&limit=100").body());
        } finally {
            SANDBOXES.first().phenom().reset();
            SANDBOXES.twin().phenom().reset();
        }
    }
}
