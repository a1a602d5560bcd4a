package dev.atrium.sandbox.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.SimulatorInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every simulator the sandbox mounts has the fault layer in front of its vendor routes, driven the same way. */
class EverySimulatorFaultsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everySimulatorAnswersInjectedErrorsUntilTheyAreCleared() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults())) {
            List<SimulatorInfo> simulators = sandbox.simulators();
            assertTrue(simulators.size() >= 4, simulators.toString());
            for (SimulatorInfo simulator : simulators) {
                String control = "http://127.0.0.1:" + sandbox.port() + "/_control/" + simulator.tool() + "/faults";
                assertEquals(200, send("POST", control, "{\"errors\": {\"503\": 1.0}}").statusCode(),
                        simulator.tool());
                assertEquals(503, send("GET", simulator.baseUrl() + "/any", null).statusCode(), simulator.tool());
                assertEquals(200, send("DELETE", control, null).statusCode(), simulator.tool());
                assertNotEquals(503, send("GET", simulator.baseUrl() + "/any", null).statusCode(), simulator.tool());
            }
        }
    }

    private HttpResponse<String> send(String method, String url, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
