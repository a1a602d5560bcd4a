package dev.atrium.sandbox.paycor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SimulatorInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Test client speaking to a started sandbox's Paycor simulator over real HTTP, as a connector would: it
 * trades its refresh token for an access token, keeps the rotated refresh token, and sends both headers.
 */
final class PaycorClient {

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
    }

    final String baseUrl;
    final String controlUrl;
    final Map<String, String> credentials;
    final String subscriptionKey;
    final String legalEntityId;
    final String accountId;
    private String refreshToken;
    private String accessToken;

    PaycorClient(Sandbox sandbox) {
        SimulatorInfo info = sandbox.simulators().stream().filter(s -> s.tool().equals("paycor")).findFirst().orElseThrow();
        this.baseUrl = info.baseUrl();
        this.controlUrl = "http://127.0.0.1:" + sandbox.port() + "/_control/paycor";
        this.credentials = info.credentials();
        this.subscriptionKey = credentials.get("subscription_key");
        this.legalEntityId = credentials.get("legal_entity_id");
        this.accountId = credentials.get("ats_account_id");
        this.refreshToken = credentials.get("refresh_token");
    }

    /** {@code /v1/legalEntities/{le}/ats/{account}}. */
    String ats() {
        return "/v1/legalEntities/" + legalEntityId + "/ats/" + accountId;
    }

    String candidatesOf(String jobId) {
        return ats() + "/jobs/" + jobId + "/candidates";
    }

    /** The form-encoded refresh at the STS endpoint, key in the query as real clients send it. */
    Reply refresh(String token) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", token);
        form.put("client_id", credentials.get("client_id"));
        form.put("client_secret", credentials.get("client_secret"));
        return postForm("/sts/v1/common/token?subscription-key=" + subscriptionKey, form);
    }

    /** Spends the current refresh token and keeps the tokens it yields. */
    void login() {
        Reply reply = refresh(refreshToken);
        if (reply.status() != 200) {
            throw new AssertionError("token refresh answered " + reply.status() + ": " + reply.body());
        }
        accessToken = reply.json().get("access_token").asText();
        refreshToken = reply.json().get("refresh_token").asText();
    }

    /** GET with the subscription key and a bearer token, logging in first when needed. */
    Reply get(String path) {
        if (accessToken == null) {
            login();
        }
        return getWith(path, Map.of("Ocp-Apim-Subscription-Key", subscriptionKey, "Authorization", "Bearer " + accessToken));
    }

    Reply getWith(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        headers.forEach(b::header);
        return send(b);
    }

    JsonNode json(String path) {
        Reply r = get(path);
        if (r.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.status() + ": " + r.body());
        }
        return r.json();
    }

    /** Every record of a list, following continuation tokens. */
    List<JsonNode> all(String path) {
        List<JsonNode> records = new ArrayList<>();
        String sep = path.contains("?") ? "&" : "?";
        JsonNode page = json(path);
        page.get("records").forEach(records::add);
        while (page.get("hasMoreResults").asBoolean()) {
            page = json(path + sep + "continuationToken=" + page.get("continuationToken").asText());
            page.get("records").forEach(records::add);
        }
        return records;
    }

    List<JsonNode> jobs() {
        return all(ats() + "/jobs");
    }

    Reply postJson(String path, String body) {
        if (accessToken == null) {
            login();
        }
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Ocp-Apim-Subscription-Key", subscriptionKey).header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json"));
    }

    /** POST with both headers and the given content type. */
    Reply postTyped(String path, String body, String contentType) {
        if (accessToken == null) {
            login();
        }
        return postWith(path, body, Map.of("Ocp-Apim-Subscription-Key", subscriptionKey,
                "Authorization", "Bearer " + accessToken, "Content-Type", contentType));
    }

    Reply postWith(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return send(b);
    }

    Reply postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return postWith(path, body, Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    /** A call to the control API; body may be null. */
    Reply control(String method, String path, String body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return send(HttpRequest.newBuilder(URI.create(controlUrl + path)).method(method, publisher)
                .header("Content-Type", "application/json"));
    }

    JsonNode mutate(String body) {
        Reply reply = control("POST", "/mutations", body);
        if (reply.status() != 200) {
            throw new AssertionError("mutation answered " + reply.status() + ": " + reply.body());
        }
        return reply.json();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
