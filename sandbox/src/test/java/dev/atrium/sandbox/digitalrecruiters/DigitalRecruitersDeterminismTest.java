package dev.atrium.sandbox.digitalrecruiters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.SandboxTwins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The same seed gives the same feed, applications and credentials; another seed gives others. */
class DigitalRecruitersDeterminismTest {

    @RegisterExtension
    static final SandboxTwins TWINS = new SandboxTwins(SandboxOptions.defaults(), 7);

    @Test
    void sameSeedSameDataOtherSeedOtherData() {
        DigitalRecruitersClient first = new DigitalRecruitersClient(TWINS.first());
        DigitalRecruitersClient twin = new DigitalRecruitersClient(TWINS.twin());
        DigitalRecruitersClient other = new DigitalRecruitersClient(TWINS.other());
        assertEquals(first.credentials, twin.credentials);
        assertNotEquals(first.credentials, other.credentials);
        assertEquals(first.feed(), twin.feed());
        assertNotEquals(first.feed().get("ads"), other.feed().get("ads"));
        JsonNode page = first.json(DigitalRecruitersClient.APPLICATIONS + "?limit=100&page=2");
        // Links are absolute, so they name each sandbox's own port.
        assertEquals(withoutPort(page), withoutPort(twin.json(DigitalRecruitersClient.APPLICATIONS + "?limit=100&page=2")));
        assertNotEquals(page.at("/data/items"), other.json(DigitalRecruitersClient.APPLICATIONS + "?limit=100&page=2").at("/data/items"));
    }

    private static String withoutPort(JsonNode node) {
        return node.toString().replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1");
    }
}
