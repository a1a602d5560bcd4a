package dev.atrium.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Paycor notes of its coverage document, end to end against the simulator: roles from the four job user
 * lists, users once each, salary from payRange, and the raw keys of jobs, candidates and applications offered
 * to the custom field explorer.
 */
class PaycorReadPathTest {

    @TempDir
    Path folder;

    @Test
    void rolesUsersSalaryAndIntegrationFieldsFollowTheCoverageNotes() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults().withSeed(11))) {
            String[] environment = atrium.environmentWithKey("production");
            Integration paycor = atrium.connect(environment[0], "paycor");
            SyncRun full = atrium.sync(paycor.id());
            assertEquals("SUCCEEDED", full.state(), full.error());

            Map<String, JsonNode> roles = new HashMap<>();
            atrium.all("/v1/ats/roles", "page_size=50", environment[1], paycor.id())
                    .forEach(role -> roles.put(role.get("remote_id").asText(), role));
            assertEquals("HIRING_MANAGER", roles.get("hiringManagers").get("unified_type").asText());
            assertEquals("RECRUITER", roles.get("recruiters").get("unified_type").asText());
            assertTrue(roles.get("executives").get("unified_type").isNull(), "executives are kept, untyped");
            roles.values().forEach(role -> assertEquals("JOB", role.get("scope").asText()));

            List<JsonNode> users = atrium.all("/v1/ats/users", "page_size=250", environment[1], paycor.id());
            Set<String> userIds = new HashSet<>();
            Set<String> remoteIds = new HashSet<>();
            users.forEach(user -> assertTrue(remoteIds.add(user.get("remote_id").asText()), "twice: " + user));
            users.forEach(user -> userIds.add(user.get("id").asText()));
            assertFalse(users.isEmpty());

            List<JsonNode> jobs = atrium.all("/v1/ats/jobs", "page_size=250", environment[1], paycor.id());
            int withPay = 0;
            int members = 0;
            for (JsonNode job : jobs) {
                JsonNode payRange = job.at("/remote_data/" + rawKey(job) + "/payRange");
                if (payRange.isObject()) {
                    withPay++;
                    assertEquals(payRange.get("minimum").asDouble(), job.get("salary_amount_from").asDouble(), 0.001);
                    assertEquals(payRange.get("maximum").asDouble(), job.get("salary_amount_to").asDouble(), 0.001);
                    assertEquals(payRange.get("currency").asText(), job.get("salary_currency").asText());
                }
                for (JsonNode member : job.get("hiring_team")) {
                    members++;
                    assertTrue(userIds.contains(member.get("id").asText()), "a listed user: " + member);
                    member.get("hiring_team_roles").forEach(role -> assertTrue(
                            Set.of("HIRING_MANAGER", "RECRUITER").contains(role.asText()), member.toString()));
                }
            }
            assertTrue(withPay > 0, "some simulated job has a pay range");
            assertTrue(members >= users.size(), "every user comes from some job's lists");

            JsonNode fields = atrium.api("/v1/integrations/" + paycor.id() + "/integration-fields?page_size=2000",
                    environment[1], paycor.id()).body().at("/data/results");
            Map<String, Set<String>> keysByModel = new HashMap<>();
            fields.forEach(field -> keysByModel.computeIfAbsent(field.get("model").asText(), model -> new HashSet<>())
                    .add(field.get("key").asText()));
            assertTrue(keysByModel.getOrDefault("ats_jobs", Set.of()).containsAll(Set.of("payRange", "remoteStatus")),
                    keysByModel.toString());
            assertTrue(keysByModel.getOrDefault("ats_candidates", Set.of()).contains("resumeText"),
                    keysByModel.toString());
            assertTrue(keysByModel.getOrDefault("ats_applications", Set.of()).contains("jobId"),
                    keysByModel.toString());
        }
    }

    /** The one key of a job's remote_data: the path it was read from. */
    private static String rawKey(JsonNode job) {
        return job.get("remote_data").fieldNames().next().replace("~", "~0").replace("/", "~1");
    }
}
