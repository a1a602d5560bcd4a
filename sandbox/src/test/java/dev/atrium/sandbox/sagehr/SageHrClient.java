package dev.atrium.sandbox.sagehr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SimulatorInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test client speaking to a started sandbox over real HTTP, as a connector would. */
final class SageHrClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A response as the client saw it. */
    record Reply(int status, String body, HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    final String baseUrl;
    final String token;
    final String controlUrl;

    SageHrClient(Sandbox sandbox) {
        SimulatorInfo info = sandbox.simulators().stream().filter(s -> s.tool().equals("sagehr")).findFirst().orElseThrow();
        this.baseUrl = info.baseUrl();
        this.token = info.credentials().get("api_key");
        this.controlUrl = "http://127.0.0.1:" + sandbox.port() + "/_control/sagehr";
    }

    /** GET with the token and Accept: application/json, like a well-behaved connector. */
    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()
                .header("Accept", "application/json").header("X-Auth-Token", token));
    }

    /** GET with exactly the given headers. */
    Reply getWith(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        headers.forEach(b::header);
        return send(b);
    }

    /** GET expecting 200 with JSON. */
    JsonNode json(String path) {
        Reply r = get(path);
        if (r.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.status() + ": " + r.body());
        }
        return r.json();
    }

    /** All items of a recruitment list, following meta.next_page. */
    List<JsonNode> all(String path) {
        List<JsonNode> items = new ArrayList<>();
        String sep = path.contains("?") ? "&" : "?";
        Integer page = 1;
        while (page != null) {
            JsonNode body = json(path + sep + "per_page=100&page=" + page);
            body.get("data").forEach(items::add);
            JsonNode next = body.get("meta").get("next_page");
            page = next.isNull() ? null : next.asInt();
        }
        return items;
    }

    Reply postJson(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json").header("X-Auth-Token", token)
                .header("Content-Type", "application/json"));
    }

    /** multipart/form-data with text fields and optionally one file field. */
    Reply postMultipart(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        String boundary = "----atriumtest" + System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        if (fileField != null) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n");
            out.writeBytes(content);
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                .header("Accept", "application/json").header("X-Auth-Token", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    /** A call to the control API; body may be null. */
    Reply control(String method, String path, String body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return send(HttpRequest.newBuilder(URI.create(controlUrl + path)).method(method, publisher)
                .header("Content-Type", "application/json"));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
