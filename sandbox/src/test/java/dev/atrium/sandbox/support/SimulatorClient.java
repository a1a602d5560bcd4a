package dev.atrium.sandbox.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SimulatorInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Base of the test clients: speaks to one simulator of a started sandbox over real HTTP, as a connector would,
 * and to its control API. Subclasses add the vendor's authentication and paging.
 */
public abstract class SimulatorClient {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** A response as the client saw it. */
    public record Reply(int status, String body, HttpHeaders headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    public final String baseUrl;
    public final String controlUrl;
    /** The connection values the sandbox lists for this simulator. */
    public final Map<String, String> credentials;

    protected SimulatorClient(Sandbox sandbox, String tool) {
        SimulatorInfo info = sandbox.simulators().stream().filter(s -> s.tool().equals(tool)).findFirst().orElseThrow();
        this.baseUrl = info.baseUrl();
        this.credentials = info.credentials();
        this.controlUrl = "http://127.0.0.1:" + sandbox.port() + "/_control/" + tool;
    }

    /** GET with what a well-behaved connector of this vendor sends. */
    public abstract Reply get(String path);

    /** GET expecting 200 with JSON. */
    public JsonNode json(String path) {
        Reply r = get(path);
        if (r.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.status() + ": " + r.body());
        }
        return r.json();
    }

    /** GET with exactly the given headers. */
    public Reply getWith(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        headers.forEach(b::header);
        return send(b);
    }

    /** POST with exactly the given headers. */
    public Reply postWith(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return send(b);
    }

    /** A call to the control API; body may be null. */
    public Reply control(String method, String path, String body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return send(HttpRequest.newBuilder(URI.create(controlUrl + path)).method(method, publisher)
                .header("Content-Type", "application/json"));
    }

    protected static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
