package dev.atrium.sandbox.icims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.SandboxTwins;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The same seed gives the same tenant and credentials; another seed another. */
class IcimsDeterminismTest {

    @RegisterExtension
    static final SandboxTwins TWINS = new SandboxTwins(SandboxOptions.defaults(), 7);

    @Test
    void sameSeedSameAnswersOtherSeedOtherData() {
        IcimsClient first = new IcimsClient(TWINS.first());
        IcimsClient twin = new IcimsClient(TWINS.twin());
        IcimsClient other = new IcimsClient(TWINS.other());
        assertEquals(withoutUrl(first.credentials), withoutUrl(twin.credentials));
        assertNotEquals(first.credentials.get("password"), other.credentials.get("password"));
        for (String path : List.of("/jobs/1001", "/people/10001", "/applicantworkflows/19050", "/people/3")) {
            // Links name the sandbox's own port, which differs between the two.
            assertEquals(first.get(path).body().replace(first.baseUrl, ""), twin.get(path).body().replace(twin.baseUrl, ""), path);
        }
        assertNotEquals(first.get("/people/10001").body().replace(first.baseUrl, ""),
                other.get("/people/10001").body().replace(other.baseUrl, ""));
    }

    private static Map<String, String> withoutUrl(Map<String, String> credentials) {
        Map<String, String> copy = new HashMap<>(credentials);
        copy.remove("token_url");
        return copy;
    }
}
