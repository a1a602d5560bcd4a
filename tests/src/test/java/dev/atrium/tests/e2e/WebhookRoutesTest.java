package dev.atrium.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.sandbox.SandboxOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin webhook routes over real HTTP, and webhooks of real syncs delivered to a receiver on loopback. */
class WebhookRoutesTest {

    private static final String ID = "[1-9A-HJ-NP-Za-km-z]{24}";

    @TempDir
    Path folder;

    /** One webhook as the receiver got it: the path it was posted to, its headers and its exact body bytes. */
    private record Received(String path, String contentType, String signature, byte[] body) {
        JsonNode json() {
            try {
                return Json.parse(new String(body, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new AssertionError("webhook body is not JSON", e);
            }
        }
    }

    /** A webhook receiver on loopback: answers 200, except 500 under /broken, and keeps what it got. */
    private static final class Receiver implements AutoCloseable {
        final List<Received> received = new CopyOnWriteArrayList<>();
        final HttpServer server;

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                received.add(new Received(exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        exchange.getRequestHeaders().getFirst("X-Kombo-Signature"), body));
                int status = exchange.getRequestURI().getPath().startsWith("/broken") ? 500 : 200;
                byte[] answer = (status == 200 ? "ok" : "receiver is down").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        List<Received> at(String path) {
            return received.stream().filter(hook -> hook.path().equals(path)).toList();
        }

        /** Waits until {@code count} webhooks arrived at {@code path}, at most ten seconds. */
        void await(String path, int count) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (at(path).size() < count && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(at(path).size() >= count, "expected " + count + " webhooks at " + path + ", got " + at(path));
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void anAdminKeyCreatesListsAndDeletesWebhookEndpoints() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            String[] other = atrium.environmentWithKey("staging");
            Map<String, String> asAdmin = Map.of("Authorization", "Bearer " + atrium.admin.createApiKey(null, true,
                    "ops").key());

            AtriumUnderTest.Response onlyFinished = atrium.request("POST", "/admin/webhooks", "{\"environment\":"
                    + " \"production\", \"url\": \"https://hooks.example.test/atrium\","
                    + " \"events\": [\"sync-finished\"]}", asAdmin);
            assertEquals(200, onlyFinished.status(), String.valueOf(onlyFinished.body()));
            JsonNode first = onlyFinished.body().get("data");
            assertTrue(first.get("id").asText().matches(ID), first.toString());
            assertEquals(environment[0], first.get("environment_id").asText());
            assertEquals("https://hooks.example.test/atrium", first.get("url").asText());
            assertEquals("[\"sync-finished\"]", first.get("events").toString());
            Instant.parse(first.get("created_at").asText());
            String firstSecret = first.get("secret").asText();
            assertTrue(firstSecret.length() >= 32, "a secret receivers can sign with: " + firstSecret);

            // Without events an endpoint takes every type; an environment may be named by its id too.
            AtriumUnderTest.Response everything = atrium.request("POST", "/admin/webhooks", "{\"environment\": \""
                    + environment[0] + "\", \"url\": \"http://127.0.0.1:9/hooks\"}", asAdmin);
            assertEquals(200, everything.status(), String.valueOf(everything.body()));
            JsonNode second = everything.body().get("data");
            assertEquals(Set.of("data-changed", "sync-finished", "integration-deleted", "integration-state-changed"),
                    Items.texts(second.get("events")));
            assertNotEquals(firstSecret, second.get("secret").asText(), "each endpoint has its own secret");
            atrium.request("POST", "/admin/webhooks", "{\"environment\": \"staging\", \"url\":"
                    + " \"https://staging.example.test/hooks\"}", asAdmin);

            AtriumUnderTest.Response listed = atrium.request("GET", "/admin/webhooks?environment=production", null,
                    asAdmin);
            assertEquals(200, listed.status(), String.valueOf(listed.body()));
            JsonNode results = listed.body().at("/data/results");
            assertEquals(List.of(first.get("id").asText(), second.get("id").asText()), ids(results),
                    "this environment's endpoints, oldest first");
            assertEquals("https://hooks.example.test/atrium", results.get(0).get("url").asText());
            // The secret is shown once, when the endpoint is made; a list never shows it again.
            for (JsonNode endpoint : results) {
                assertFalse(endpoint.has("secret"), endpoint.toString());
            }
            assertFalse(listed.body().toString().contains(firstSecret));
            assertEquals(1, atrium.request("GET", "/admin/webhooks?environment=" + other[0], null, asAdmin).body()
                    .at("/data/results").size());

            AtriumUnderTest.Response deliveries = atrium.request("GET", "/admin/webhooks/" + first.get("id").asText()
                    + "/deliveries", null, asAdmin);
            assertEquals(200, deliveries.status(), String.valueOf(deliveries.body()));
            assertEquals(0, deliveries.body().at("/data/results").size());

            AtriumUnderTest.Response deleted = atrium.request("DELETE", "/admin/webhooks/" + first.get("id").asText(),
                    null, asAdmin);
            assertEquals(200, deleted.status(), String.valueOf(deleted.body()));
            assertEquals("success", deleted.body().get("status").asText());
            assertEquals(List.of(second.get("id").asText()), ids(atrium.request("GET",
                    "/admin/webhooks?environment=production", null, asAdmin).body().at("/data/results")));
            assertError(atrium.request("DELETE", "/admin/webhooks/" + first.get("id").asText(), null, asAdmin), 400,
                    "PLATFORM.INPUT_INVALID", "no webhook endpoint '" + first.get("id").asText() + "'");
            assertError(atrium.request("GET", "/admin/webhooks/" + first.get("id").asText() + "/deliveries", null,
                    asAdmin), 400, "PLATFORM.INPUT_INVALID", "no webhook endpoint");
        }
    }

    @Test
    void webhookRoutesRefuseOtherKeysAndBadInputNamingTheProblem() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String[] environment = atrium.environmentWithKey("production");
            Map<String, String> asAdmin = Map.of("Authorization", "Bearer " + atrium.admin.createApiKey(null, true,
                    "ops").key());
            String endpointId = atrium.request("POST", "/admin/webhooks", "{\"environment\": \"production\", \"url\":"
                    + " \"https://hooks.example.test/a\"}", asAdmin).body().at("/data/id").asText();

            // An environment's key reads that environment's data; it administers nothing.
            Map<String, String> asEnvironment = Map.of("Authorization", "Bearer " + environment[1]);
            String valid = "{\"environment\": \"production\", \"url\": \"https://hooks.example.test/b\"}";
            for (Map<String, String> headers : List.of(asEnvironment, Map.of("Authorization", "Bearer atr_nope"),
                    Map.<String, String>of())) {
                assertError(atrium.request("POST", "/admin/webhooks", valid, headers), 401,
                        "PLATFORM.AUTHENTICATION_INVALID", "");
                assertError(atrium.request("GET", "/admin/webhooks?environment=production", null, headers), 401,
                        "PLATFORM.AUTHENTICATION_INVALID", "");
                assertError(atrium.request("GET", "/admin/webhooks/" + endpointId + "/deliveries", null, headers), 401,
                        "PLATFORM.AUTHENTICATION_INVALID", "");
                assertError(atrium.request("DELETE", "/admin/webhooks/" + endpointId, null, headers), 401,
                        "PLATFORM.AUTHENTICATION_INVALID", "");
            }
            assertError(atrium.request("POST", "/admin/webhooks", valid, asEnvironment), 401,
                    "PLATFORM.AUTHENTICATION_INVALID", "admin key");

            Map<String, String> badBodies = new java.util.LinkedHashMap<>();
            badBodies.put("{\"environment\": \"production\", \"url\": \"ftp://hooks.example.test/a\"}",
                    "webhook url must be an absolute http or https URL, got 'ftp://hooks.example.test/a'");
            badBodies.put("{\"environment\": \"production\", \"url\": \"/hooks/relative\"}",
                    "webhook url must be an absolute http or https URL");
            badBodies.put("{\"environment\": \"production\", \"url\": \"not a url at all\"}",
                    "webhook url is not a URL");
            badBodies.put("{\"environment\": \"production\", \"url\": \"https://\"}", "webhook url");
            badBodies.put("{\"environment\": \"production\", \"url\": 42}", "url must be text");
            badBodies.put("{\"environment\": \"production\"}", "a webhook endpoint needs a url");
            badBodies.put("{\"environment\": \"production\", \"url\": \"  \"}", "a webhook endpoint needs a url");
            badBodies.put("{\"environment\": \"production\", \"url\": \"https://hooks.example.test/a\", \"events\":"
                    + " [\"sync-finished\", \"candidate-hired\"]}",
                    "unknown webhook type 'candidate-hired'; available: data-changed, sync-finished,"
                            + " integration-deleted, integration-state-changed");
            badBodies.put("{\"environment\": \"production\", \"url\": \"https://hooks.example.test/a\", \"events\":"
                    + " \"sync-finished\"}", "events must be a list of texts");
            badBodies.put("{\"environment\": \"production\", \"url\": \"https://hooks.example.test/a\", \"events\":"
                    + " [1]}", "events must be a list of texts");
            badBodies.put("{\"environment\": \"nosuch\", \"url\": \"https://hooks.example.test/a\"}",
                    "no environment 'nosuch'");
            badBodies.put("{\"environment\": \"production\", \"url\": ", "not valid JSON");
            badBodies.put("[\"https://hooks.example.test/a\"]", "must be a JSON object");
            badBodies.forEach((body, message) -> assertError(atrium.request("POST", "/admin/webhooks", body, asAdmin),
                    400, "PLATFORM.INPUT_INVALID", message));

            assertError(atrium.request("GET", "/admin/webhooks?environment=nosuch", null, asAdmin), 400,
                    "PLATFORM.INPUT_INVALID", "no environment 'nosuch'");
            assertError(atrium.request("DELETE", "/admin/webhooks/NoSuchEndpoint1234567890", null, asAdmin), 400,
                    "PLATFORM.INPUT_INVALID", "no webhook endpoint 'NoSuchEndpoint1234567890'");
            assertError(atrium.request("GET", "/admin/webhooks/NoSuchEndpoint1234567890/deliveries", null, asAdmin),
                    400, "PLATFORM.INPUT_INVALID", "no webhook endpoint 'NoSuchEndpoint1234567890'");
            for (String pageSize : List.of("0", "201", "ten")) {
                assertError(atrium.request("GET", "/admin/webhooks/" + endpointId + "/deliveries?page_size=" + pageSize,
                        null, asAdmin), 400, "PLATFORM.INPUT_INVALID",
                        "page_size must be a whole number from 1 to 200");
            }

            // Nothing refused was stored: the one endpoint made at the start is all there is.
            assertEquals(List.of(endpointId), ids(atrium.request("GET", "/admin/webhooks?environment=production", null,
                    asAdmin).body().at("/data/results")));
        }
    }

    @Test
    void aSyncSendsSignedSyncFinishedAndDataChangedWebhooksThatShowAsDelivered() throws Exception {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults());
                Receiver receiver = new Receiver()) {
            String[] environment = atrium.environmentWithKey("production");
            atrium.environmentWithKey("staging");
            Map<String, String> asAdmin = Map.of("Authorization", "Bearer " + atrium.admin.createApiKey(null, true,
                    "ops").key());
            JsonNode all = createEndpoint(atrium, asAdmin, "production", receiver.url("/all"), null);
            JsonNode finishedOnly = createEndpoint(atrium, asAdmin, "production", receiver.url("/finished"),
                    "[\"sync-finished\"]");
            JsonNode broken = createEndpoint(atrium, asAdmin, "production", receiver.url("/broken"),
                    "[\"sync-finished\"]");
            createEndpoint(atrium, asAdmin, "staging", receiver.url("/staging"), null);

            Integration sage = atrium.connect(environment[0], "sagehr");
            SyncRun run = atrium.sync(sage.id());
            assertEquals("SUCCEEDED", run.state(), run.error());
            atrium.engine.startWebhookDelivery(Duration.ofMillis(50));
            receiver.await("/all", 2);
            receiver.await("/finished", 1);
            receiver.await("/broken", 1);
            // Give a wrongly addressed webhook (to staging, or a second copy) the time to arrive too.
            Thread.sleep(300);

            assertEquals(0, receiver.at("/staging").size(), "another environment's endpoint hears nothing");
            List<Received> toAll = receiver.at("/all");
            assertEquals(Set.of("data-changed", "sync-finished"), types(toAll), "one of each");
            assertEquals(2, toAll.size());
            assertEquals(List.of("sync-finished"), typesInOrder(receiver.at("/finished")), "only the subscribed type");
            for (Received hook : receiver.received) {
                String secret = hook.path().equals("/all") ? all.get("secret").asText()
                        : hook.path().equals("/finished") ? finishedOnly.get("secret").asText()
                        : broken.get("secret").asText();
                assertTrue(hook.contentType().startsWith("application/json"), hook.contentType());
                assertEquals(hmac(secret, hook.body()), hook.signature(),
                        "X-Kombo-Signature is base64url HMAC-SHA256 of the raw body under the endpoint's secret");
            }

            JsonNode dataChanged = single(toAll, "data-changed");
            assertTrue(dataChanged.get("id").asText().matches(ID), dataChanged.toString());
            assertEquals(sage.id(), dataChanged.at("/data/integration_id").asText());
            assertEquals("sagehr", dataChanged.at("/data/integration_tool").asText());
            assertEquals("ATS", dataChanged.at("/data/integration_category").asText());
            Set<String> models = new HashSet<>();
            for (JsonNode model : dataChanged.at("/data/changed_models")) {
                assertEquals(Set.of("name"), fieldNames(model), "Kombo's shape: [{name}]");
                models.add(model.get("name").asText());
            }
            assertTrue(models.containsAll(Set.of("ats_candidates", "ats_jobs", "ats_applications",
                    "ats_application_stages")), "changed models by Kombo's names: " + models);

            JsonNode finished = single(toAll, "sync-finished");
            JsonNode data = finished.get("data");
            assertEquals(run.id(), data.get("sync_id").asText());
            assertEquals("SUCCEEDED", data.get("sync_state").asText());
            assertEquals(sage.id(), data.get("integration_id").asText());
            assertEquals("sagehr", data.get("integration_tool").asText());
            assertEquals("ATS", data.get("integration_category").asText());
            assertEquals("Test Ltd", data.at("/end_user/organization_name").asText());
            assertTrue(data.at("/end_user").has("creator_email") && data.at("/end_user").has("origin_id"));
            Instant started = Instant.parse(data.get("sync_started_at").asText());
            Instant ended = Instant.parse(data.get("sync_ended_at").asText());
            assertFalse(ended.isBefore(started));
            assertTrue(data.get("sync_duration_seconds").isIntegralNumber()
                    && data.get("sync_duration_seconds").asLong() >= 0, data.toString());
            assertTrue(data.get("log_url").asText().endsWith("/v1/integrations/" + sage.id() + "/syncs/" + run.id()),
                    data.toString());
            // One event, sent to each endpoint that takes it: receivers deduplicate by its id.
            assertEquals(finished.get("id"), single(receiver.at("/finished"), "sync-finished").get("id"));
            assertNotEquals(finished.get("id"), dataChanged.get("id"));

            // The receiver has the webhooks; the sender records each answer right after, so wait for that.
            JsonNode deliveries = settled(atrium, asAdmin, all.get("id").asText(), 2);
            assertEquals(2, deliveries.size(), deliveries.toString());
            Set<String> eventIds = new HashSet<>();
            for (JsonNode delivery : deliveries) {
                assertEquals("DELIVERED", delivery.get("state").asText(), delivery.toString());
                assertEquals(1, delivery.get("attempts").asInt(), delivery.toString());
                assertEquals(200, delivery.get("last_status").asInt(), delivery.toString());
                assertTrue(delivery.get("next_attempt_at").isNull() && delivery.get("last_error").isNull());
                Instant.parse(delivery.get("delivered_at").asText());
                eventIds.add(delivery.get("event_id").asText());
            }
            assertEquals(Set.of(dataChanged.get("id").asText(), finished.get("id").asText()), eventIds);

            // A receiver that fails keeps its delivery pending for a retry, with what it answered.
            JsonNode failing = settled(atrium, asAdmin, broken.get("id").asText(), 1).get(0);
            assertEquals("PENDING", failing.get("state").asText(), failing.toString());
            assertEquals(1, failing.get("attempts").asInt());
            assertEquals(500, failing.get("last_status").asInt());
            assertEquals("HTTP 500: receiver is down", failing.get("last_error").asText());
            assertTrue(Instant.parse(failing.get("next_attempt_at").asText()).isAfter(Instant.now()),
                    failing.toString());
            assertTrue(failing.get("delivered_at").isNull());

            // A second sync of the same data changes nothing: only sync-finished, listed first as the newest.
            SyncRun again = atrium.sync(sage.id());
            assertEquals("SUCCEEDED", again.state(), again.error());
            receiver.await("/all", 3);
            receiver.await("/finished", 2);
            Thread.sleep(300);
            assertEquals(3, receiver.at("/all").size(), "no data-changed when no data changed");
            JsonNode newest = deliveries(atrium, asAdmin, all.get("id").asText(), "?page_size=1");
            assertEquals(1, newest.size());
            assertEquals("sync-finished", newest.get(0).get("type").asText());
            String lastEvent = receiver.at("/all").get(2).json().get("id").asText();
            assertEquals(again.id(), receiver.at("/all").get(2).json().at("/data/sync_id").asText());
            assertEquals(lastEvent, newest.get(0).get("event_id").asText());
            JsonNode every = deliveries(atrium, asAdmin, all.get("id").asText(), "?page_size=200");
            assertEquals(3, every.size());
            assertEquals(lastEvent, every.get(0).get("event_id").asText(), "newest first");

            // The tool refuses the credentials: sync-finished tells receivers so, and no data changed.
            Map<String, String> revoked = new HashMap<>(atrium.simulator("sagehr").credentials());
            revoked.put("api_key", "revoked-" + revoked.get("api_key"));
            atrium.engine.integrations().reconnect(sage.id(), sage.baseUrl(), revoked);
            SyncRun failed = atrium.sync(sage.id());
            assertEquals("FAILED", failed.state());
            receiver.await("/all", 5);
            Thread.sleep(300);
            // No data-changed: sync-finished, and the integration's new state, as its credentials are invalid now.
            List<Received> afterFailure = receiver.at("/all").subList(3, receiver.at("/all").size());
            assertEquals(Set.of("sync-finished", "integration-state-changed"), types(afterFailure));
            assertEquals(2, afterFailure.size());
            for (Received hook : afterFailure) {
                JsonNode payload = hook.json();
                if (payload.get("type").asText().equals("sync-finished")) {
                    assertEquals(failed.id(), payload.at("/data/sync_id").asText());
                    assertEquals("AUTHENTICATION_FAILED", payload.at("/data/sync_state").asText(), payload.toString());
                } else {
                    assertEquals("INVALID", payload.at("/data/state").asText(), payload.toString());
                    assertEquals(sage.id(), payload.at("/data/integration_id").asText());
                }
            }
        }
    }

    private static JsonNode createEndpoint(AtriumUnderTest atrium, Map<String, String> asAdmin, String environment,
            String url, String events) {
        String eventsField = events == null ? "" : ", \"events\": " + events;
        AtriumUnderTest.Response created = atrium.request("POST", "/admin/webhooks", "{\"environment\": \""
                + environment + "\", \"url\": \"" + url + "\"" + eventsField + "}", asAdmin);
        assertEquals(200, created.status(), String.valueOf(created.body()));
        return created.body().get("data");
    }

    private static JsonNode deliveries(AtriumUnderTest atrium, Map<String, String> asAdmin, String endpointId,
            String query) {
        AtriumUnderTest.Response response = atrium.request("GET", "/admin/webhooks/" + endpointId + "/deliveries"
                + query, null, asAdmin);
        assertEquals(200, response.status(), String.valueOf(response.body()));
        return response.body().at("/data/results");
    }

    /** The deliveries to an endpoint once {@code count} of them have had their first attempt recorded. */
    private static JsonNode settled(AtriumUnderTest atrium, Map<String, String> asAdmin, String endpointId, int count)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode results = deliveries(atrium, asAdmin, endpointId, "");
        while (System.nanoTime() < deadline) {
            int attempted = 0;
            for (JsonNode delivery : results) {
                attempted += delivery.get("attempts").asInt() > 0 ? 1 : 0;
            }
            if (attempted >= count) {
                return results;
            }
            Thread.sleep(20);
            results = deliveries(atrium, asAdmin, endpointId, "");
        }
        throw new AssertionError("deliveries never got their first attempt: " + results);
    }

    /** The signature a Kombo receiver computes, written here without the engine's code. */
    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(body));
    }

    private static JsonNode single(List<Received> hooks, String type) {
        List<JsonNode> matching = hooks.stream().map(Received::json)
                .filter(json -> json.path("type").asText().equals(type)).toList();
        assertEquals(1, matching.size(), type + " webhooks: " + matching);
        return matching.get(0);
    }

    private static Set<String> types(List<Received> hooks) {
        return new HashSet<>(typesInOrder(hooks));
    }

    private static List<String> typesInOrder(List<Received> hooks) {
        return hooks.stream().map(hook -> hook.json().path("type").asText()).toList();
    }

    private static List<String> ids(JsonNode results) {
        List<String> ids = new ArrayList<>();
        results.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void assertError(AtriumUnderTest.Response response, int status, String code, String message) {
        assertEquals(status, response.status(), String.valueOf(response.body()));
        ApiShapes.assertError(response.body());
        assertEquals(code, response.body().at("/error/code").asText(), response.body().toString());
        assertTrue(response.body().at("/error/message").asText().contains(message), response.body().toString());
    }
}
