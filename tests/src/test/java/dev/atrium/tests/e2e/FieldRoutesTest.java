package dev.atrium.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.server.cli.AtriumCli;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Integration fields and custom fields over real HTTP: operators define custom fields, clients list an
 * integration's raw fields, map and pass them through, and the next sync puts the tool's values in the records.
 */
class FieldRoutesTest {

    private static final String ID = "[1-9A-HJ-NP-Za-km-z]{24}";
    private static final Set<String> INTEGRATION_FIELD_KEYS = Set.of("id", "key", "model", "type", "label",
            "is_passthrough_enabled", "is_writable");
    private static final Set<String> CUSTOM_FIELD_KEYS = Set.of("id", "key", "integration_field", "model", "label",
            "description");

    @TempDir
    Path folder;

    @Test
    void mappedAndPassedThroughFieldsCarryTheToolsRawValuesAfterTheNextSync() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            String key = environment[1];
            Map<String, String> asAdmin = Map.of("Authorization", "Bearer " + atrium.admin.createApiKey(null, true,
                    "ops").key());

            AtriumUnderTest.Response defined = atrium.post(atrium.apiBase() + "/admin/custom-fields",
                    "{\"environment\": \"production\", \"model\": \"ats_candidates\", \"key\": \"candidate_summary\","
                            + " \"label\": \"Summary\", \"description\": null}", asAdmin);
            assertEquals(200, defined.status(), String.valueOf(defined.body()));
            JsonNode summaryField = defined.body().get("data");
            assertEquals(Set.of("id", "key", "model", "label", "description"), names(summaryField));
            assertTrue(summaryField.get("id").asText().matches(ID));
            assertEquals("Summary", summaryField.get("label").asText());
            assertTrue(summaryField.get("description").isNull());
            // The command line defines them too, in the same store.
            assertEquals(0, cli("custom-fields", "create", "--environment", "production", "--model",
                    "ats_candidates", "--key", "display_name", "--label", "Display name"));

            Integration sage = atrium.connect(environment[0], "sagehr");
            JsonNode beforeSync = get(atrium, key, "/v1/integrations/" + sage.id() + "/integration-fields");
            assertEquals(0, beforeSync.get("results").size(), "nothing is known before a sync");
            assertTrue(beforeSync.get("next").isNull() && beforeSync.get("next_cursor").isNull());
            assertSucceeded(atrium.sync(sage.id()));

            List<JsonNode> fields = allIntegrationFields(atrium, key, sage.id());
            for (JsonNode field : fields) {
                assertEquals(INTEGRATION_FIELD_KEYS, names(field));
                assertTrue(field.get("id").asText().matches(ID), field.toString());
                assertFalse(field.get("is_passthrough_enabled").asBoolean());
                assertFalse(field.get("is_writable").asBoolean());
                assertTrue(field.get("label").isNull());
            }
            // Sage HR's applicant list sends these keys; its mapping reads all but full_name and summary.
            assertEquals(Map.of("id", "DEFAULT", "first_name", "DEFAULT", "email", "DEFAULT", "stage", "DEFAULT",
                    "full_name", "CUSTOM", "summary", "CUSTOM"), typesOf(fields, "ats_candidates",
                    Set.of("id", "first_name", "email", "stage", "full_name", "summary")));
            assertTrue(typesOf(fields, "ats_jobs", Set.of()).containsKey("title"), "positions' keys are listed too");
            assertTrue(typesOf(fields, "ats_applications", Set.of()).containsKey("summary"));
            assertEquals(fields.size(), fields.stream().map(field -> field.get("id").asText()).distinct().count());

            String summary = idOf(fields, "ats_candidates", "summary");
            String fullName = idOf(fields, "ats_candidates", "full_name");
            JsonNode customFields = get(atrium, key, "/v1/integrations/" + sage.id() + "/custom-fields");
            assertEquals(2, customFields.get("results").size());
            for (JsonNode field : customFields.get("results")) {
                assertEquals(CUSTOM_FIELD_KEYS, names(field));
                assertTrue(field.get("integration_field").isNull(), "nothing is mapped yet");
            }

            JsonNode mapped = send(atrium, key, "PUT", "/v1/integrations/" + sage.id() + "/custom-fields/"
                    + summaryField.get("id").asText(), "{\"integration_field_id\": \"" + summary + "\"}");
            assertEquals(summaryField.get("id"), mapped.get("id"));
            assertEquals("candidate_summary", mapped.get("key").asText());
            assertEquals("ats_candidates", mapped.get("model").asText());
            assertEquals(JsonNodeFactory.instance.objectNode().put("id", summary).put("key", "summary")
                    .put("type", "CUSTOM").putNull("label"), mapped.get("integration_field"));

            JsonNode passed = send(atrium, key, "PATCH", "/v1/integrations/" + sage.id() + "/integration-fields/"
                    + fullName, "{\"enable_passthrough\": true}");
            assertEquals(INTEGRATION_FIELD_KEYS, names(passed));
            assertTrue(passed.get("is_passthrough_enabled").asBoolean());
            JsonNode unchanged = send(atrium, key, "PATCH", "/v1/integrations/" + sage.id() + "/integration-fields/"
                    + fullName, "{\"enable_passthrough\": null}");
            assertTrue(unchanged.get("is_passthrough_enabled").asBoolean(), "null leaves it as it is");

            List<JsonNode> stale = atrium.all("/v1/ats/candidates", "page_size=250", key, sage.id());
            assertFalse(stale.get(0).get("custom_fields").has("candidate_summary"), "values come with the next sync");

            assertSucceeded(atrium.sync(sage.id()));
            Map<String, JsonNode> applicants = applicantsByRemoteId(atrium);
            AtriumUnderTest.Response page = atrium.api("/v1/ats/candidates?page_size=250", key, sage.id());
            ApiShapes.assertListPage("candidates", page.body());
            List<JsonNode> candidates = atrium.all("/v1/ats/candidates", "page_size=250", key, sage.id());
            assertEquals(applicants.size(), candidates.size());
            for (JsonNode candidate : candidates) {
                JsonNode applicant = applicants.get(candidate.get("remote_id").asText());
                assertNotNull(applicant, candidate.toString());
                JsonNode custom = candidate.get("custom_fields");
                assertEquals(Set.of("candidate_summary"), names(custom), "only mapped fields: " + custom);
                assertEquals(applicant.get("summary"), custom.get("candidate_summary"));
                ObjectNode expected = JsonNodeFactory.instance.objectNode().put("id", fullName).put("key", "full_name")
                        .put("type", "CUSTOM");
                expected.set("value", applicant.get("full_name"));
                expected.putNull("label");
                assertEquals(JsonNodeFactory.instance.arrayNode().add(expected), candidate.get("integration_fields"));
            }

            JsonNode unmapped = send(atrium, key, "PUT", "/v1/integrations/" + sage.id() + "/custom-fields/"
                    + summaryField.get("id").asText(), "{\"integration_field_id\": null}");
            assertTrue(unmapped.get("integration_field").isNull());
        }
    }

    @Test
    void anotherEnvironmentsKeyFindsNoIntegrationOnAnyRoute() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] production = atrium.environmentWithKey("production");
            String[] development = atrium.environmentWithKey("development");
            Integration sage = atrium.connect(production[0], "sagehr");
            assertSucceeded(atrium.sync(sage.id()));
            String fieldId = allIntegrationFields(atrium, production[1], sage.id()).get(0).get("id").asText();
            String customFieldId = atrium.engine.customFields().create(production[0], "ats_candidates", "size", null,
                    null).orElseThrow().id();
            String base = "/v1/integrations/" + sage.id();
            List<String[]> routes = List.of(new String[] {"GET", base + "/integration-fields", null},
                    new String[] {"PATCH", base + "/integration-fields/" + fieldId, "{\"enable_passthrough\": true}"},
                    new String[] {"GET", base + "/custom-fields", null},
                    new String[] {"PUT", base + "/custom-fields/" + customFieldId,
                            "{\"integration_field_id\": \"" + fieldId + "\"}"});
            for (String[] route : routes) {
                AtriumUnderTest.Response foreign = request(atrium, development[1], route[0], route[1], route[2]);
                assertEquals(404, foreign.status(), route[0] + " " + route[1] + ": " + foreign.body());
                ApiShapes.assertError(foreign.body());
                assertEquals("PLATFORM.INTEGRATION_NOT_FOUND", foreign.body().at("/error/code").asText());
                AtriumUnderTest.Response unknown = request(atrium, production[1], route[0],
                        route[1].replace(sage.id(), "sagehr:nosuchintegration"), route[2]);
                assertEquals(404, unknown.status(), String.valueOf(unknown.body()));
            }
            assertFalse(atrium.engine.integrationFields().find(sage.id(), fieldId).orElseThrow().passthroughEnabled(),
                    "the foreign PATCH changed nothing");
            assertTrue(atrium.engine.customFields().findMapped(production[0], sage.id(), customFieldId).orElseThrow()
                    .source() == null, "the foreign PUT changed nothing");
        }
    }

    @Test
    void badInputIsRefusedWithInputInvalidNamingWhatWasWrong() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            String key = environment[1];
            Integration sage = atrium.connect(environment[0], "sagehr");
            Integration paycor = atrium.connect(environment[0], "paycor");
            assertSucceeded(atrium.sync(sage.id()));
            assertSucceeded(atrium.sync(paycor.id()));
            List<JsonNode> fields = allIntegrationFields(atrium, key, sage.id());
            String candidateSummary = idOf(fields, "ats_candidates", "summary");
            String jobTitle = idOf(fields, "ats_jobs", "title");
            String paycorField = allIntegrationFields(atrium, key, paycor.id()).get(0).get("id").asText();
            String customField = atrium.engine.customFields().create(environment[0], "ats_candidates", "size", null,
                    null).orElseThrow().id();
            String base = "/v1/integrations/" + sage.id();

            assertInvalid(request(atrium, key, "GET", base + "/integration-fields?page_size=0", null), "page_size");
            assertInvalid(request(atrium, key, "GET", base + "/integration-fields?page_size=2001", null), "page_size");
            assertEquals(200, request(atrium, key, "GET", base + "/integration-fields?page_size=2000", null).status());
            assertInvalid(request(atrium, key, "GET", base + "/custom-fields?page_size=251", null), "page_size");
            assertInvalid(request(atrium, key, "GET", base + "/custom-fields?page_size=ten", null), "page_size");
            assertInvalid(request(atrium, key, "GET", base + "/custom-fields?updated_after=2024-01-01", null),
                    "updated_after");
            assertInvalid(request(atrium, key, "GET", base + "/integration-fields?cursor=notacursor", null), "cursor");
            String fieldsCursor = get(atrium, key, base + "/integration-fields?page_size=1").get("next").asText();
            assertInvalid(request(atrium, key, "GET", base + "/custom-fields?cursor=" + fieldsCursor, null), "cursor");

            String patch = base + "/integration-fields/";
            assertInvalid(request(atrium, key, "PATCH", patch + "nosuchfield", "{\"enable_passthrough\": true}"),
                    "integration_field_id");
            assertInvalid(request(atrium, key, "PATCH", patch + paycorField, "{\"enable_passthrough\": true}"),
                    "integration_field_id");
            assertInvalid(request(atrium, key, "PATCH", patch + candidateSummary, "{\"enable_passthrough\": \"yes\"}"),
                    "enable_passthrough");
            assertInvalid(request(atrium, key, "PATCH", patch + candidateSummary, "{}"), "enable_passthrough");
            assertInvalid(request(atrium, key, "PATCH", patch + candidateSummary, "{\"enable\": true}"), "enable");
            assertInvalid(request(atrium, key, "PATCH", patch + candidateSummary, "[true]"), "JSON object");
            assertInvalid(request(atrium, key, "PATCH", patch + candidateSummary, "{\"enable_passthrough\": tru"),
                    "JSON");

            String put = base + "/custom-fields/";
            assertInvalid(request(atrium, key, "PUT", put + "nosuchcustomfield",
                    "{\"integration_field_id\": \"" + candidateSummary + "\"}"), "custom_field_id");
            assertInvalid(request(atrium, key, "PUT", put + customField, "{\"integration_field_id\": \"" + jobTitle
                    + "\"}"), "ats_jobs");
            assertInvalid(request(atrium, key, "PUT", put + customField, "{\"integration_field_id\": \"" + paycorField
                    + "\"}"), "integration_field_id");
            assertInvalid(request(atrium, key, "PUT", put + customField, "{\"integration_field_id\": \"nosuch\"}"),
                    "integration_field_id");
            assertInvalid(request(atrium, key, "PUT", put + customField, "{\"integration_field_id\": 5}"),
                    "integration_field_id");
            assertInvalid(request(atrium, key, "PUT", put + customField, "{}"), "integration_field_id");
            assertTrue(atrium.engine.customFields().findMapped(environment[0], sage.id(), customField).orElseThrow()
                    .source() == null, "refused requests map nothing");
        }
    }

    @Test
    void operatorsDefineListAndDeleteCustomFieldsAndDeletingOneRemovesItsMappings() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            Map<String, String> asAdmin = Map.of("Authorization", "Bearer " + atrium.admin.createApiKey(null, true,
                    "ops").key());
            String admin = atrium.apiBase() + "/admin/custom-fields";
            assertEquals(401, atrium.post(admin, "{\"environment\": \"production\", \"model\": \"ats_jobs\","
                    + " \"key\": \"budget\"}", Map.of("Authorization", "Bearer " + environment[1])).status());
            for (String[] bad : new String[][] {{"\"model\": \"hris_employees\", \"key\": \"budget\"", "model"},
                    {"\"model\": \"ats_jobs\", \"key\": \"Budget-Code\"", "key"},
                    {"\"model\": \"ats_jobs\"", "key"}, {"\"model\": \"ats_jobs\", \"key\": 7", "key"}}) {
                assertInvalid(atrium.post(admin, "{\"environment\": \"production\", " + bad[0] + "}", asAdmin), bad[1]);
            }
            assertInvalid(atrium.post(admin, "{\"environment\": \"nowhere\", \"model\": \"ats_jobs\", \"key\": \"b\"}",
                    asAdmin), "environment");

            AtriumUnderTest.Response budget = atrium.post(admin, "{\"environment\": \"production\", \"model\":"
                    + " \"ats_jobs\", \"key\": \"budget\", \"description\": \"Approved budget\"}", asAdmin);
            assertEquals(200, budget.status(), String.valueOf(budget.body()));
            assertInvalid(atrium.post(admin, "{\"environment\": \"" + environment[0] + "\", \"model\": \"ats_jobs\","
                    + " \"key\": \"budget\"}", asAdmin), "already");
            assertEquals(2, cli("custom-fields", "create", "--environment", "production", "--model", "ats_jobs",
                    "--key", "budget"), "the command line refuses the duplicate too");
            assertEquals(0, cli("custom-fields", "create", "--environment", "production", "--model", "ats_offers",
                    "--key", "bonus"));

            AtriumUnderTest.Response listed = atrium.request("GET", "/admin/custom-fields?environment=production",
                    null, asAdmin);
            assertEquals(200, listed.status(), String.valueOf(listed.body()));
            List<String> keys = new ArrayList<>();
            listed.body().at("/data/results").forEach(field -> keys.add(field.get("model").asText() + "."
                    + field.get("key").asText()));
            assertEquals(List.of("ats_jobs.budget", "ats_offers.bonus"), keys);

            Integration sage = atrium.connect(environment[0], "sagehr");
            assertSucceeded(atrium.sync(sage.id()));
            String budgetId = budget.body().at("/data/id").asText();
            String title = idOf(allIntegrationFields(atrium, environment[1], sage.id()), "ats_jobs", "title");
            send(atrium, environment[1], "PUT", "/v1/integrations/" + sage.id() + "/custom-fields/" + budgetId,
                    "{\"integration_field_id\": \"" + title + "\"}");
            assertEquals(1, atrium.engine.integrationFields().selection(sage.id()).customFields().size());

            AtriumUnderTest.Response deleted = atrium.request("DELETE", "/admin/custom-fields/" + budgetId, null,
                    asAdmin);
            assertEquals(200, deleted.status(), String.valueOf(deleted.body()));
            assertInvalid(atrium.request("DELETE", "/admin/custom-fields/" + budgetId, null, asAdmin),
                    "no custom field");
            JsonNode remaining = get(atrium, environment[1], "/v1/integrations/" + sage.id() + "/custom-fields");
            assertEquals(1, remaining.get("results").size());
            assertEquals("bonus", remaining.at("/results/0/key").asText());
            assertEquals(0, atrium.engine.integrationFields().selection(sage.id()).customFields().size(),
                    "the mapping went with the definition");
        }
    }

    private int cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--database", "sqlite:" + folder.resolve("atrium.db"), "--secret-key-file",
                folder.resolve("secret.key").toString(), "--mappings", "../mappings"));
        return AtriumCli.execute(all.toArray(String[]::new));
    }

    private static void assertSucceeded(SyncRun run) {
        assertEquals("SUCCEEDED", run.state(), run.error());
    }

    private static void assertInvalid(AtriumUnderTest.Response response, String mentioned) {
        assertEquals(400, response.status(), String.valueOf(response.body()));
        ApiShapes.assertError(response.body());
        assertEquals("PLATFORM.INPUT_INVALID", response.body().at("/error/code").asText());
        assertTrue(response.body().at("/error/message").asText().contains(mentioned),
                "the message names " + mentioned + ": " + response.body());
    }

    private static AtriumUnderTest.Response request(AtriumUnderTest atrium, String key, String method, String path,
            String body) {
        return atrium.request(method, path, body, Map.of("Authorization", "Bearer " + key));
    }

    /** The data of a successful request. */
    private static JsonNode send(AtriumUnderTest atrium, String key, String method, String path, String body) {
        AtriumUnderTest.Response response = request(atrium, key, method, path, body);
        assertEquals(200, response.status(), method + " " + path + ": " + response.body());
        assertEquals("success", response.body().get("status").asText());
        return response.body().get("data");
    }

    private static JsonNode get(AtriumUnderTest atrium, String key, String path) {
        return send(atrium, key, "GET", path, null);
    }

    /** Every integration field, a few per page, following next (and checking next_cursor says the same). */
    private static List<JsonNode> allIntegrationFields(AtriumUnderTest atrium, String key, String integrationId) {
        List<JsonNode> fields = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 1_000; page++) {
            JsonNode data = get(atrium, key, "/v1/integrations/" + integrationId + "/integration-fields?page_size=7"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(data.get("next"), data.get("next_cursor"));
            data.get("results").forEach(fields::add);
            if (data.get("next").isNull()) {
                JsonNode whole = get(atrium, key, "/v1/integrations/" + integrationId
                        + "/integration-fields?page_size=2000");
                assertEquals(fields.size(), whole.get("results").size(), "pages add up to the whole list");
                return fields;
            }
            cursor = data.get("next").asText();
        }
        throw new AssertionError("paging never ended");
    }

    /** The types of a model's fields, of the given keys only (all when empty). */
    private static Map<String, String> typesOf(List<JsonNode> fields, String model, Set<String> keys) {
        Map<String, String> types = new HashMap<>();
        for (JsonNode field : fields) {
            if (field.get("model").asText().equals(model) && (keys.isEmpty() || keys.contains(field.get("key")
                    .asText()))) {
                types.put(field.get("key").asText(), field.get("type").asText());
            }
        }
        return types;
    }

    private static String idOf(List<JsonNode> fields, String model, String key) {
        return fields.stream().filter(field -> field.get("model").asText().equals(model)
                && field.get("key").asText().equals(key)).findFirst().orElseThrow(() -> new AssertionError(
                        "no " + model + " field " + key + " in " + fields)).get("id").asText();
    }

    /** Every applicant of the sandbox tenant, as the tool itself answers, by id. */
    private static Map<String, JsonNode> applicantsByRemoteId(AtriumUnderTest atrium) {
        Map<String, JsonNode> applicants = new HashMap<>();
        for (JsonNode position : atrium.sandboxGet("sagehr", "/recruitment/positions?per_page=100").get("data")) {
            atrium.sandboxGet("sagehr", "/recruitment/positions/" + position.get("id").asText()
                    + "/applicants?per_page=100").get("data").forEach(applicant ->
                    applicants.put(applicant.get("id").asText(), applicant));
        }
        return applicants;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
