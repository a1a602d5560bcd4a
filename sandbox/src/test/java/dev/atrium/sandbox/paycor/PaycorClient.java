package dev.atrium.sandbox.paycor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.support.SimulatorClient;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Test client speaking to a started sandbox's Paycor simulator over real HTTP, as a connector would: it
 * trades its refresh token for an access token, keeps the rotated refresh token, and sends both headers.
 */
final class PaycorClient extends SimulatorClient {

    final String subscriptionKey;
    final String legalEntityId;
    final String accountId;
    private String refreshToken;
    private String accessToken;

    PaycorClient(Sandbox sandbox) {
        super(sandbox, PaycorSimulator.TOOL);
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
    @Override
    public Reply get(String path) {
        if (accessToken == null) {
            login();
        }
        return getWith(path, Map.of("Ocp-Apim-Subscription-Key", subscriptionKey, "Authorization", "Bearer " + accessToken));
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

    Reply postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return postWith(path, body, Map.of("Content-Type", "application/x-www-form-urlencoded"));
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
}
