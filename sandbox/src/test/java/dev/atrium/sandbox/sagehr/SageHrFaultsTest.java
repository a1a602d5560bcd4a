package dev.atrium.sandbox.sagehr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.SimulatorClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fault layer in front of the Sage HR routes, driven through {@code /_control/sagehr/faults}. */
class SageHrFaultsTest {

    @RegisterExtension
    static final RunningSandbox RUNNING = RunningSandbox.resettingAfterEach(SandboxOptions.defaults().withSeed(11));

    @AfterEach
    void clearFaults() {
        assertEquals(200, RUNNING.client().control("DELETE", "/faults", null).status());
    }

    @Test
    void anErrorRateAnswersThatStatusUntilTheFaultsAreCleared() {
        setFaults("{\"errors\": {\"503\": 1.0}}");
        SimulatorClient.Reply refused = RUNNING.client().get("/employees");
        assertEquals(503, refused.status());
        assertTrue(refused.contentType().startsWith("application/json"));
        assertEquals("Service Unavailable", refused.json().get("error").asText());
        assertEquals(200, RUNNING.client().control("GET", "/state", null).status(), "the control API is never faulted");

        JsonNode report = RUNNING.client().control("GET", "/faults", null).json();
        assertEquals(1, report.at("/counts/requests").asLong());
        assertEquals(1, report.at("/counts/errors/503").asLong());
        assertEquals(1.0, report.at("/spec/errors/503").asDouble());

        RUNNING.client().control("DELETE", "/faults", null);
        assertEquals(200, RUNNING.client().get("/employees").status());
        assertTrue(RUNNING.client().control("GET", "/faults", null).json().get("spec").isNull());
    }

    @Test
    void theNthRequestMeetsTheSameFaultEachTimeTheSpecIsSet() {
        String spec = "{\"errors\": {\"503\": 0.3, \"500\": 0.1}}";
        setFaults(spec);
        List<Integer> first = statuses(40);
        setFaults(spec);
        assertEquals(first, statuses(40));
        assertTrue(first.contains(503) && first.contains(500) && first.contains(200), "a mix of answers: " + first);
    }

    @Test
    void burstsAnswer429WithRetryAfterThenServeAgain() {
        setFaults("{\"rate_limit_bursts\": {\"every\": 4, \"length\": 2, \"retry_after_seconds\": 3}}");
        List<Integer> seen = statuses(8);
        assertEquals(List.of(200, 200, 429, 429, 200, 200, 429, 429), seen);
        setFaults("{\"rate_limit_bursts\": {\"every\": 1, \"length\": 1, \"retry_after_seconds\": 3}}");
        assertEquals("3", RUNNING.client().get("/teams").headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void aMalformedBodyIsA200ThatNoJsonParserAccepts() {
        setFaults("{\"malformed_json\": 1.0}");
        SimulatorClient.Reply reply = RUNNING.client().get("/recruitment/positions");
        assertEquals(200, reply.status());
        assertTrue(reply.contentType().startsWith("application/json"));
        assertTrue(reply.body().length() > 100, "the body keeps its content: " + reply.body());
        assertThrows(UncheckedIOException.class, reply::json);
    }

    @Test
    void aTruncatedBodyEndsWithTheConnectionBeforeItsAnnouncedLength() {
        setFaults("{\"truncated\": 1.0}");
        UncheckedIOException failure = assertThrows(UncheckedIOException.class,
                () -> RUNNING.client().get("/recruitment/positions"));
        assertTrue(failure.getCause() instanceof IOException);
    }

    @Test
    void aTimedOutRequestIsNeverAnswered() {
        setFaults("{\"timeouts\": 1.0}");
        HttpRequest request = HttpRequest.newBuilder(URI.create(RUNNING.client().baseUrl + "/employees"))
                .header("X-Auth-Token", RUNNING.client().token).timeout(Duration.ofMillis(800)).GET().build();
        assertThrows(HttpTimeoutException.class,
                () -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()));
        assertEquals(1, RUNNING.client().control("GET", "/faults", null).json().at("/counts/timeouts").asLong());
    }

    @Test
    void latencyDelaysAnswersAndKeepsRequestBodies() {
        long positionId = published().get("id").asLong();
        setFaults("{\"latency_ms\": {\"min\": 300, \"max\": 300}}");
        long started = System.nanoTime();
        assertEquals(200, RUNNING.client().get("/teams").status());
        assertTrue(System.nanoTime() - started >= 300_000_000L, "answered before the added latency");
        SimulatorClient.Reply created = RUNNING.client().postJson("/recruitment/positions/" + positionId + "/applicants",
                "{\"applicant\": {\"first_name\": \"Slow\", \"last_name\": \"Network\"}}");
        assertEquals(201, created.status(), created.body());
        assertEquals(2, RUNNING.client().control("GET", "/faults", null).json().at("/counts/delayed").asLong());
    }

    @Test
    void aRepeatedPageIsTheFirstPageServedWhateverPageIsAsked() {
        setFaults("{\"repeat_page\": true}");
        long positionId = published().get("id").asLong();
        String path = "/recruitment/positions/" + positionId + "/applicants?per_page=2";
        String firstPage = RUNNING.client().get(path + "&page=1").body();
        assertEquals(firstPage, RUNNING.client().get(path + "&page=2").body());
        assertEquals(firstPage, RUNNING.client().get(path + "&page=3").body());
        assertEquals(1, RUNNING.client().json(path + "&page=2").at("/meta/current_page").asInt());
        String otherPosition = RUNNING.client().get("/recruitment/positions?per_page=1&page=2").body();
        assertNotEquals(firstPage, otherPosition, "each list repeats its own first page");
        assertEquals(4, RUNNING.client().control("GET", "/faults", null).json().at("/counts/repeated_pages").asLong());

        RUNNING.client().control("DELETE", "/faults", null);
        assertEquals(2, RUNNING.client().json(path + "&page=2").at("/meta/current_page").asInt());
    }

    @Test
    void afterRequestsAndPathsChooseWhichRequestsAreFaulted() {
        setFaults("{\"errors\": {\"500\": 1.0}, \"after_requests\": 2, \"paths\": \"/recruitment/.*\"}");
        assertEquals(200, RUNNING.client().get("/employees").status(), "outside the paths, not counted");
        assertEquals(200, RUNNING.client().get("/recruitment/positions").status());
        assertEquals(200, RUNNING.client().get("/recruitment/positions").status());
        assertEquals(500, RUNNING.client().get("/recruitment/positions").status());
        assertEquals(200, RUNNING.client().get("/teams").status());
    }

    @Test
    void badSpecsAre400WithTheReason() {
        SimulatorClient.Reply tooMuch = RUNNING.client().control("POST", "/faults",
                "{\"errors\": {\"503\": 0.8}, \"timeouts\": 0.5}");
        assertEquals(400, tooMuch.status());
        assertTrue(tooMuch.json().get("error").asText().contains("more than 1"), tooMuch.body());
        assertEquals(400, RUNNING.client().control("POST", "/faults", "{\"explode\": true}").status());
        assertEquals(400, RUNNING.client().control("POST", "/faults", "{\"errors\": {\"200\": 0.1}}").status());
        assertEquals(400, RUNNING.client().control("POST", "/faults", "").status());
        assertTrue(RUNNING.client().control("GET", "/faults", null).json().get("spec").isNull(), "nothing was set");
    }

    private static void setFaults(String spec) {
        SimulatorClient.Reply reply = RUNNING.client().control("POST", "/faults", spec);
        assertEquals(200, reply.status(), reply.body());
    }

    private static List<Integer> statuses(int count) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(RUNNING.client().get("/teams").status());
        }
        return out;
    }

    private static JsonNode published() {
        for (JsonNode position : RUNNING.client().json("/recruitment/positions?per_page=100").get("data")) {
            if (position.get("status").asText().equals("published")) {
                return position;
            }
        }
        throw new AssertionError("no published position");
    }
}
