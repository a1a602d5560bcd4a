package dev.atrium.sandbox.sagehr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.SandboxTwins;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Same seed, same bytes; another seed, another company. */
class SageHrDeterminismTest {

    private static final List<String> PATHS = List.of(
            "/recruitment/positions?per_page=100",
            "/recruitment/positions/65000001",
            "/recruitment/positions/65000002/applicants?per_page=100",
            "/recruitment/applicants/1",
            "/recruitment/applicants/40/actions",
            "/employees",
            "/teams",
            "/positions");

    @RegisterExtension
    static final SandboxTwins SANDBOXES = new SandboxTwins(SandboxOptions.defaults(), 7);

    @Test
    void sameSeedServesIdenticalBodies() {
        SageHrClient a = new SageHrClient(SANDBOXES.first());
        SageHrClient b = new SageHrClient(SANDBOXES.twin());
        assertEquals(a.token, b.token);
        for (String path : PATHS) {
            SageHrClient.Reply left = a.get(path);
            assertEquals(200, left.status(), path);
            assertEquals(left.body(), b.get(path).body(), path);
        }
    }

    @Test
    void anotherSeedServesAnotherCompanyAndToken() {
        SageHrClient a = new SageHrClient(SANDBOXES.first());
        SageHrClient c = new SageHrClient(SANDBOXES.other());
        assertNotEquals(a.token, c.token);
        assertEquals(401, c.getWith("/employees", java.util.Map.of("X-Auth-Token", a.token)).status());
        for (String path : List.of("/recruitment/positions?per_page=100", "/recruitment/applicants/1", "/employees")) {
            assertNotEquals(a.get(path).body(), c.get(path).body(), path);
        }
    }

    @Test
    void sameMutationCallsOnTheSameSeedGiveTheSameResultAndData() {
        SageHrClient a = new SageHrClient(SANDBOXES.first());
        SageHrClient b = new SageHrClient(SANDBOXES.twin());
        String calls = "{\"delete_applicants\": 3, \"change_applicants\": 5, \"delete_positions\": 1,"
                + " \"change_positions\": 2, \"close_positions\": 1, \"create_applicants\": 2}";
        try {
            for (int round = 0; round < 2; round++) {
                String left = a.control("POST", "/mutations", calls).body();
                assertEquals(left, b.control("POST", "/mutations", calls).body());
            }
            for (String path : PATHS) {
                assertEquals(a.get(path).body(), b.get(path).body(), path);
            }
        } finally {
            SANDBOXES.first().sagehr().reset();
            SANDBOXES.twin().sagehr().reset();
        }
    }
}
