package dev.atrium.tests.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.store.IntegrationSettings;
import dev.atrium.engine.Engine;
import dev.atrium.engine.EngineSettings;
import dev.atrium.engine.store.Secrets;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.loading.MappingLoader;
import dev.atrium.engine.loading.Mappings;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.engine.store.Environment;
import dev.atrium.engine.store.EndUser;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.engine.sync.SyncListener;
import dev.atrium.engine.sync.SyncType;
import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.SimulatorInfo;
import dev.atrium.server.admin.IntegrationAdmin;
import dev.atrium.server.api.ApiServer;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A whole Atrium on loopback for end-to-end tests: the sandbox, the engine on a fresh SQLite file, the API
 * server on a free port, and an HTTP client that talks to both like any outside client would.
 */
final class AtriumUnderTest implements AutoCloseable {

    /** A response as a client sees it. */
    record Response(int status, JsonNode body) {
    }

    final Vertx vertx;
    final Sandbox sandbox;
    final Engine engine;
    final ApiServer server;
    final IntegrationAdmin admin;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    AtriumUnderTest(Path folder, SandboxOptions sandboxOptions) {
        this(folder, sandboxOptions, Path.of("../mappings"));
    }

    /** Runs the mapping files of another folder instead of the project's (e.g. a test connector). */
    AtriumUnderTest(Path folder, SandboxOptions sandboxOptions, Path mappingFolder) {
        vertx = Vertx.vertx();
        sandbox = Sandbox.start(vertx, sandboxOptions);
        ModelCatalog models = ModelCatalog.load();
        Mappings mappings = new MappingLoader(models).loadDirectory(mappingFolder).orThrow();
        engine = Engine.open(vertx, EngineSettings.of("sqlite:" + folder.resolve("atrium.db"),
                Secrets.fromKeyFile(folder.resolve("secret.key"))), models, mappings);
        server = ApiServer.start(vertx, engine, "127.0.0.1", 0);
        admin = new IntegrationAdmin(engine);
    }

    SimulatorInfo simulator(String tool) {
        return sandbox.simulators().stream().filter(info -> info.tool().equals(tool)).findFirst().orElseThrow();
    }

    /** A new environment and an API key for it. */
    String[] environmentWithKey(String name) {
        Environment environment = admin.createEnvironment(name);
        return new String[] {environment.id(), admin.createApiKey(environment.id(), false, "test").key()};
    }

    /** Connects a tool reached at some base URL to an environment. */
    Integration connect(String environmentId, String tool, String baseUrl, Map<String, String> credentials) {
        return admin.createIntegration(environmentId, tool, credentials, baseUrl, new EndUser("Test Ltd", null, null),
                IntegrationSettings.readingAll());
    }

    /** Connects the sandbox's simulator of a tool to an environment. */
    Integration connect(String environmentId, String tool) {
        SimulatorInfo simulator = simulator(tool);
        return admin.createIntegration(environmentId, tool, simulator.credentials(), simulator.baseUrl(),
                new EndUser("Test Ltd", null, null), IntegrationSettings.readingAll());
    }

    /** A FULL sync of the integration, run here and now. */
    SyncRun sync(String integrationId) {
        return engine.syncs().runNow(integrationId, SyncType.FULL, "test", SyncListener.NONE);
    }

    String apiBase() {
        return "http://127.0.0.1:" + server.port();
    }

    String sandboxBase() {
        return "http://127.0.0.1:" + sandbox.port();
    }

    Response get(String pathAndQuery, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiBase() + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    Response api(String pathAndQuery, String key, String integrationId) {
        return get(pathAndQuery, Map.of("Authorization", "Bearer " + key, "X-Integration-Id", integrationId));
    }

    /** Every item of a list endpoint, following data.next with the same filters. */
    List<JsonNode> all(String path, String query, String key, String integrationId) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10_000; page++) {
            String url = path + "?" + query + (cursor == null ? "" : "&cursor=" + cursor);
            Response response = api(url, key, integrationId);
            if (response.status() != 200) {
                throw new AssertionError(url + " answered " + response.status() + ": " + response.body());
            }
            response.body().at("/data/results").forEach(items::add);
            JsonNode next = response.body().at("/data/next");
            if (next.isNull()) {
                return items;
            }
            cursor = next.asText();
        }
        throw new AssertionError("pagination of " + path + " never ended");
    }

    /** Sends a request line exactly as given, for targets no URI class would build (bad percent-encoding). */
    Response raw(String requestTarget, Map<String, String> headers) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder("GET " + requestTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("\r\n");
            socket.getOutputStream().write(request.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(9, 12));
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            return new Response(status, body.isEmpty() ? null : Json.parse(body));
        } catch (IOException e) {
            throw new AssertionError("raw request failed: " + e.getMessage(), e);
        }
    }

    Response post(String url, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** Any request to the API server; {@code body} null sends none, else it is sent as given (JSON or not). */
    Response request(String method, String pathAndQuery, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiBase() + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    /** Reads the sandbox's own API like a vendor client would. */
    JsonNode sandboxGet(String tool, String path) {
        SimulatorInfo simulator = simulator(tool);
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                .header("X-Auth-Token", simulator.credentials().get("api_key"))
                .header("Accept", "application/json").GET().build();
        Response response = send(request);
        if (response.status() != 200) {
            throw new AssertionError("sandbox " + path + " answered " + response.status());
        }
        return response.body();
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? null : Json.parse(response.body());
            return new Response(response.statusCode(), body);
        } catch (IOException e) {
            throw new AssertionError("request to " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        server.close();
        sandbox.close();
        engine.close();
        vertx.close().await();
    }
}
