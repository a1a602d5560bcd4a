package dev.atrium.tests.e2e;

import static dev.atrium.tests.e2e.ApiShapes.assertError;
import dev.atrium.engine.store.IntegrationSettings;
import static dev.atrium.tests.e2e.ApiShapes.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.engine.store.EndUser;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.engine.store.WebhookDelivery;
import dev.atrium.engine.store.WebhookEndpoint;
import dev.atrium.engine.sync.SyncListener;
import dev.atrium.engine.sync.SyncType;
import dev.atrium.engine.webhooks.WebhookTypes;
import dev.atrium.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kombo's integration management over HTTP: details with coverage, deletion with all data, enabling. */
class IntegrationRoutesTest {

    private static final String ID = "[1-9A-HJ-NP-Za-km-z]{24}";
    private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
    private static final List<String> DETAILS = List.of("id", "tool", "category", "status", "setup_status",
            "end_user", "scope_config", "data_expired_at", "created_at", "beta", "read_models", "write_actions");
    private static final List<String> READ_MODEL = List.of("id", "label", "is_available", "coverage_status",
            "scope_config_setting", "opted_out_by_customer", "fields");
    private static final List<String> READ_FIELD = List.of("id", "is_available", "coverage_status",
            "scope_config_setting", "opted_out_by_customer");
    private static final List<String> WRITE_FIELD = List.of("id", "is_available", "coverage_status");

    @TempDir
    Path folder;

    private static Map<String, String> as(String key) {
        return Map.of("Authorization", "Bearer " + key);
    }

    private static AtriumUnderTest.Response details(AtriumUnderTest atrium, String key, String integrationId) {
        return atrium.get("/v1/integrations/" + integrationId, as(key));
    }

    private static AtriumUnderTest.Response delete(AtriumUnderTest atrium, String key, String integrationId) {
        return atrium.request("DELETE", "/v1/integrations/" + integrationId, "{}", as(key));
    }

    private static AtriumUnderTest.Response enable(AtriumUnderTest atrium, String key, String integrationId,
            String body) {
        return atrium.request("PUT", "/v1/integrations/" + integrationId + "/enabled", body, as(key));
    }

    private static void assertEmptySuccess(AtriumUnderTest.Response response) {
        assertEquals(200, response.status(), String.valueOf(response.body()));
        assertEquals(List.of("status", "data"), keys(response.body()), "no warnings on integration routes");
        assertEquals("success", response.body().get("status").asText());
        assertTrue(response.body().get("data").isObject() && response.body().get("data").isEmpty());
    }

    /** A read model of the details by its Kombo id. */
    private static JsonNode readModel(JsonNode data, String id) {
        for (JsonNode model : data.get("read_models")) {
            if (model.get("id").asText().equals(id)) {
                return model;
            }
        }
        throw new AssertionError("no read model " + id + " in " + data.get("read_models"));
    }

    private static Map<String, String> fieldStatuses(JsonNode readModel) {
        Map<String, String> statuses = new LinkedHashMap<>();
        readModel.get("fields").forEach(field -> statuses.put(field.get("id").asText(),
                field.get("coverage_status").asText()));
        return statuses;
    }

    @Test
    void detailsHaveKombosShapeWithTheCoverageOfTheToolsMapping() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            String key = environment[1];
            Integration sage = atrium.admin.createIntegration(environment[0], "sagehr",
                    atrium.simulator("sagehr").credentials(), atrium.simulator("sagehr").baseUrl(),
                    new EndUser("Acme Inc.", "it@acme.test", "acme-1"), IntegrationSettings.readingAll());

            AtriumUnderTest.Response before = details(atrium, key, sage.id());
            assertEquals(200, before.status(), String.valueOf(before.body()));
            assertEquals(List.of("status", "data"), keys(before.body()));
            JsonNode data = before.body().get("data");
            assertEquals(DETAILS, keys(data));
            assertEquals(sage.id(), data.get("id").asText());
            assertEquals(List.of("id", "label", "internal_label", "logo_url", "icon_url"), keys(data.get("tool")));
            assertEquals("sagehr", data.at("/tool/id").asText());
            assertEquals("Sage HR", data.at("/tool/label").asText());
            assertTrue(data.at("/tool/internal_label").isNull());
            assertEquals("ATS", data.get("category").asText());
            assertEquals("ACTIVE", data.get("status").asText());
            assertEquals("FINAL_SYNC_PENDING", data.get("setup_status").asText(), "no sync has completed yet");
            assertEquals(List.of("organization_name", "creator_email", "origin_id"), keys(data.get("end_user")));
            assertEquals("Acme Inc.", data.at("/end_user/organization_name").asText());
            assertEquals("it@acme.test", data.at("/end_user/creator_email").asText());
            assertEquals("acme-1", data.at("/end_user/origin_id").asText());
            assertEquals(List.of("id", "name"), keys(data.get("scope_config")));
            assertTrue(data.at("/scope_config/id").asText().matches(ID), data.get("scope_config").toString());
            assertTrue(data.at("/scope_config/name").isNull());
            assertTrue(data.get("data_expired_at").isNull());
            assertTrue(data.get("created_at").asText().matches(TIMESTAMP), data.get("created_at").asText());
            assertTrue(data.get("beta").isBoolean() && !data.get("beta").asBoolean());

            // Every Kombo ATS model is listed, provided or not.
            ModelCatalog models = ModelCatalog.load();
            Set<String> komboModels = new TreeSet<>();
            models.names().forEach(name -> komboModels.add(models.get(name).komboModel()));
            Set<String> listed = new TreeSet<>();
            for (JsonNode model : data.get("read_models")) {
                assertEquals(READ_MODEL, keys(model), model.toString());
                assertFalse(model.get("label").asText().isBlank());
                assertEquals(model.get("coverage_status").asText().equals("SUPPORTED"),
                        model.get("is_available").asBoolean(), model.toString());
                assertEquals("ENABLED", model.get("scope_config_setting").asText());
                assertFalse(model.get("opted_out_by_customer").asBoolean());
                listed.add(model.get("id").asText());
                for (JsonNode field : model.get("fields")) {
                    assertEquals(READ_FIELD, keys(field), field.toString());
                }
            }
            assertEquals(komboModels, listed);

            JsonNode jobs = readModel(data, "ats_jobs");
            assertEquals("Jobs", jobs.get("label").asText());
            assertEquals("SUPPORTED", jobs.get("coverage_status").asText());
            Map<String, String> jobFields = fieldStatuses(jobs);
            assertEquals(models.get("jobs").properties(), List.copyOf(jobFields.keySet()), "every field of the model");
            assertEquals("SUPPORTED", jobFields.get("id"));
            assertEquals("SUPPORTED", jobFields.get("name"));
            assertEquals("SUPPORTED", jobFields.get("post_url"));
            assertEquals("UNSUPPORTED", jobFields.get("job_code"), "the Sage HR mapping sets no job code");
            assertEquals("UNSUPPORTED", jobFields.get("salary_amount"));
            assertEquals("UNSUPPORTED", fieldStatuses(readModel(data, "ats_join_jobs_application_stages")).get("index"));
            JsonNode users = readModel(data, "ats_users");
            assertEquals("UNSUPPORTED", users.get("coverage_status").asText(), "Sage HR's mapping reads no users");
            assertFalse(users.get("is_available").asBoolean());
            assertTrue(fieldStatuses(users).values().stream().allMatch("UNSUPPORTED"::equals));

            List<String> actions = new ArrayList<>();
            for (JsonNode action : data.get("write_actions")) {
                assertEquals(READ_MODEL, keys(action), action.toString());
                assertEquals("NOT_IMPLEMENTED", action.get("coverage_status").asText());
                assertFalse(action.get("is_available").asBoolean());
                action.get("fields").forEach(field -> assertEquals(WRITE_FIELD, keys(field)));
                actions.add(action.get("id").asText());
            }
            assertTrue(actions.containsAll(List.of("ats_create_candidate", "ats_create_application")), actions.toString());

            // The logo and icon are served where the details say.
            for (String url : List.of(data.at("/tool/logo_url").asText(), data.at("/tool/icon_url").asText())) {
                assertTrue(url.startsWith(atrium.engine.settings().publicUrl() + "/assets/tools/sagehr/"), url);
                ToolRoutesTest.assertSvg(atrium, url);
            }

            // The id of the scope config is the integration's own, and stays.
            assertEquals(data.get("scope_config"), details(atrium, key, sage.id()).body().at("/data/scope_config"));
            Integration other = atrium.connect(environment[0], "sagehr");
            assertNotEquals(data.at("/scope_config/id"), details(atrium, key, other.id()).body()
                    .at("/data/scope_config/id"));

            assertEquals("SUCCEEDED", atrium.sync(sage.id()).state());
            assertEquals("COMPLETED", details(atrium, key, sage.id()).body().at("/data/setup_status").asText());
        }
    }

    @Test
    void anIntegrationWhoseCredentialsWereRefusedIsInvalid() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            Map<String, String> wrong = new HashMap<>(atrium.simulator("sagehr").credentials());
            wrong.put("api_key", "wrong-" + wrong.get("api_key"));
            Integration sage = atrium.admin.createIntegration(environment[0], "sagehr", wrong,
                    atrium.simulator("sagehr").baseUrl(), new EndUser(null, null, null),
                    IntegrationSettings.readingAll());
            assertEquals("FAILED", atrium.sync(sage.id()).state());
            JsonNode data = details(atrium, environment[1], sage.id()).body().get("data");
            assertEquals("INVALID", data.get("status").asText());
            assertEquals("", data.at("/end_user/organization_name").asText(), "required text, even when unknown");
            assertTrue(data.at("/end_user/creator_email").isNull());
        }
    }

    @Test
    void anotherEnvironmentsIntegrationsDoNotExistForAKey() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            Integration sage = atrium.connect(environment[0], "sagehr");
            String otherKey = atrium.environmentWithKey("staging")[1];
            String adminKey = atrium.admin.createApiKey(null, true, "ops").key();

            for (String[] request : List.of(new String[] {"GET", ""}, new String[] {"DELETE", ""},
                    new String[] {"PUT", "/enabled"})) {
                String path = "/v1/integrations/" + sage.id() + request[1];
                String body = request[0].equals("GET") ? null : request[0].equals("PUT") ? "{\"value\": false}" : "{}";
                assertError(atrium.request(request[0], path, body, as(otherKey)), 404,
                        "PLATFORM.INTEGRATION_NOT_FOUND", "no integration");
                assertError(atrium.request(request[0], "/v1/integrations/sagehr:NoSuchIntegration12345678"
                        + request[1], body, as(environment[1])), 404, "PLATFORM.INTEGRATION_NOT_FOUND",
                        "no integration");
                assertError(atrium.request(request[0], path, body, as(adminKey)), 401,
                        "PLATFORM.AUTHENTICATION_INVALID", "admin key");
                assertError(atrium.request(request[0], path, body, Map.of()), 401, "PLATFORM.AUTHENTICATION_INVALID",
                        "Authorization");
            }
            JsonNode still = details(atrium, environment[1], sage.id()).body();
            assertEquals("ACTIVE", still.at("/data/status").asText(), "nothing the other keys asked for was done");
        }
    }

    @Test
    void deletingPurgesTheIntegrationAndOnlyIt() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            String key = environment[1];
            WebhookEndpoint endpoint = atrium.engine.webhooks().createEndpoint(environment[0],
                    "https://hooks.example.test/all", WebhookTypes.ALL, System.currentTimeMillis()).endpoint();
            Integration doomed = atrium.connect(environment[0], "sagehr");
            Integration kept = atrium.connect(environment[0], "sagehr");
            assertEquals("SUCCEEDED", atrium.sync(doomed.id()).state());
            assertEquals("SUCCEEDED", atrium.sync(kept.id()).state());
            int keptJobs = atrium.all("/v1/ats/jobs", "page_size=250", key, kept.id()).size();
            assertTrue(keptJobs > 0);

            assertEmptySuccess(delete(atrium, key, doomed.id()));

            assertError(details(atrium, key, doomed.id()), 404, "PLATFORM.INTEGRATION_NOT_FOUND", "no integration");
            assertError(atrium.api("/v1/ats/jobs", key, doomed.id()), 404, "PLATFORM.INTEGRATION_NOT_FOUND",
                    "no integration");
            assertError(delete(atrium, key, doomed.id()), 404, "PLATFORM.INTEGRATION_NOT_FOUND", "no integration");
            for (String model : atrium.engine.models().names()) {
                assertEquals(0, atrium.engine.records().count(doomed.id(), model, true), model);
            }
            assertTrue(atrium.engine.syncRuns().list(doomed.id(), null, 10).isEmpty());
            assertEquals(keptJobs, atrium.all("/v1/ats/jobs", "page_size=250", key, kept.id()).size());
            assertEquals(200, details(atrium, key, kept.id()).status());

            List<String> types = atrium.engine.webhooks().deliveries(endpoint.id(), 50).stream()
                    .map(WebhookDelivery::type).toList();
            assertEquals(1, types.stream().filter(WebhookTypes.INTEGRATION_DELETED::equals).count(), types.toString());

            // An empty body is taken like {}; a body with fields is not.
            Integration third = atrium.connect(environment[0], "sagehr");
            assertError(atrium.request("DELETE", "/v1/integrations/" + third.id(), "{\"force\": true}", as(key)),
                    400, "PLATFORM.INPUT_INVALID", "force");
            assertError(atrium.request("DELETE", "/v1/integrations/" + third.id(), "[]", as(key)), 400,
                    "PLATFORM.INPUT_INVALID", "JSON object");
            assertEquals(200, details(atrium, key, third.id()).status(), "a refused deletion deletes nothing");
            assertEmptySuccess(atrium.request("DELETE", "/v1/integrations/" + third.id(), null, as(key)));
        }
    }

    @Test
    void deletingDuringASyncCancelsTheSyncBeforeThePurge() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            Integration sage = atrium.connect(environment[0], "sagehr");
            CountDownLatch firstPage = new CountDownLatch(1);
            SyncListener slow = new SyncListener() {
                @Override
                public void page(String stream, long pages, long records, Long total) {
                    firstPage.countDown();
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
            Future<SyncRun> running = background.submit(() -> atrium.engine.syncs().runNow(sage.id(), SyncType.FULL,
                    "test", slow));
            assertTrue(firstPage.await(20, TimeUnit.SECONDS));

            assertEmptySuccess(delete(atrium, environment[1], sage.id()));
            assertEquals("CANCELLED", running.get(5, TimeUnit.SECONDS).state(), "stopped, not finished");
            for (String model : atrium.engine.models().names()) {
                assertEquals(0, atrium.engine.records().count(sage.id(), model, true), model);
            }
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void disablingStopsSyncsButNotReadsUntilEnabledAgain() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            String key = environment[1];
            WebhookEndpoint endpoint = atrium.engine.webhooks().createEndpoint(environment[0],
                    "https://hooks.example.test/all", List.of(WebhookTypes.INTEGRATION_STATE_CHANGED),
                    System.currentTimeMillis()).endpoint();
            Integration sage = atrium.connect(environment[0], "sagehr");
            assertEquals("SUCCEEDED", atrium.sync(sage.id()).state());
            int jobs = atrium.all("/v1/ats/jobs", "page_size=250", key, sage.id()).size();

            assertEmptySuccess(enable(atrium, key, sage.id(), "{\"value\": false}"));
            assertEquals("INACTIVE", details(atrium, key, sage.id()).body().at("/data/status").asText());
            assertEquals(jobs, atrium.all("/v1/ats/jobs", "page_size=250", key, sage.id()).size(),
                    "a disabled integration's data is still served");
            assertError(atrium.request("POST", "/v1/force-sync", "{}", Map.of("Authorization", "Bearer " + key,
                    "X-Integration-Id", sage.id())), 409, "PLATFORM.INPUT_INVALID", "disabled");
            assertTrue(atrium.engine.syncRuns().active(sage.id()).isEmpty(), "nothing was queued");
            assertEmptySuccess(enable(atrium, key, sage.id(), "{\"value\": false}"));

            assertEmptySuccess(enable(atrium, key, sage.id(), "{\"value\": true}"));
            assertEquals("ACTIVE", details(atrium, key, sage.id()).body().at("/data/status").asText());
            AtriumUnderTest.Response forced = atrium.request("POST", "/v1/force-sync", "{}", Map.of("Authorization",
                    "Bearer " + key, "X-Integration-Id", sage.id()));
            assertEquals(200, forced.status(), String.valueOf(forced.body()));
            assertEquals(2, atrium.engine.webhooks().deliveries(endpoint.id(), 10).size(),
                    "one state change each way; disabling twice changes nothing");

            Map<String, String> badBodies = new LinkedHashMap<>();
            badBodies.put("{}", "value must be true or false, got nothing");
            badBodies.put("{\"value\": \"false\"}", "value must be true or false");
            badBodies.put("{\"value\": 0}", "value must be true or false");
            badBodies.put("{\"value\": null}", "value must be true or false");
            badBodies.put("{\"value\": [true]}", "value must be true or false");
            badBodies.put("{\"value\": true, \"reason\": \"x\"}", "unknown body field reason");
            badBodies.put("true", "JSON object");
            badBodies.put("{\"value\": tru", "not valid JSON");
            badBodies.forEach((body, message) -> assertError(enable(atrium, key, sage.id(), body), 400,
                    "PLATFORM.INPUT_INVALID", message));
            assertError(enable(atrium, key, sage.id(), null), 400, "PLATFORM.INPUT_INVALID", "value");
            assertError(atrium.request("PUT", "/v1/integrations/" + sage.id() + "/enabled?value=true",
                    "{\"value\": true}", as(key)), 400, "PLATFORM.INPUT_INVALID", "unknown query parameter value");
            assertEquals("ACTIVE", details(atrium, key, sage.id()).body().at("/data/status").asText());
        }
    }
}
