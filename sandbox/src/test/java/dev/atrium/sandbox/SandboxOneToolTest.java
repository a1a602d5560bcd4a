package dev.atrium.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atrium.sandbox.paycor.PaycorSimulator;
import dev.atrium.sandbox.sagehr.SageHrSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code atrium sandbox --tool T}: one simulator served alone, an unknown tool refused by name. */
class SandboxOneToolTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void onlyTheChosenToolIsServed() throws Exception {
        try (Sandbox sandbox = Sandbox.startOnly(SandboxOptions.defaults(), PaycorSimulator.TOOL)) {
            List<SimulatorInfo> simulators = sandbox.simulators();
            assertEquals(List.of(PaycorSimulator.TOOL), simulators.stream().map(SimulatorInfo::tool).toList());
            String origin = "http://127.0.0.1:" + sandbox.port();
            assertEquals(200, status(origin + PaycorSimulator.CONTROL_PATH + "/state"));
            assertEquals(200, status(origin + PaycorSimulator.CONTROL_PATH + "/faults"));
            assertEquals(404, status(origin + SageHrSimulator.CONTROL_PATH + "/state"));
            assertEquals(404, status(origin + SageHrSimulator.BASE_PATH + "/employees"));
        }
    }

    @Test
    void answersStayOnHttp11WhenAClientOffersAnUpgradeToHttp2() throws Exception {
        // Java's HttpClient offers h2c on every cleartext request; the sandbox declines, like the vendors' servers.
        try (Sandbox sandbox = Sandbox.startOnly(SandboxOptions.defaults(), PaycorSimulator.TOOL)) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + sandbox.port() + PaycorSimulator.CONTROL_PATH + "/state")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode());
            assertEquals(HttpClient.Version.HTTP_1_1, answer.version());
        }
    }

    @Test
    void anUnknownToolIsRefusedWithTheKnownOnes() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Sandbox.startOnly(SandboxOptions.defaults(), "workday"));
        assertTrue(refused.getMessage().contains("workday") && refused.getMessage().contains(SageHrSimulator.TOOL)
                && refused.getMessage().contains(PaycorSimulator.TOOL), refused.getMessage());
    }

    private static int status(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
