package dev.atrium.sandbox.digitalrecruiters;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.support.SimulatorClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test client speaking to a started sandbox's Digital Recruiters simulator over real HTTP, as a connector would:
 * the feed and apply with their path tokens, the public API with the API key and a bearer from login.
 */
final class DigitalRecruitersClient extends SimulatorClient {

    static final String APPLICATIONS = "/public/v1/job-applications/detailed";

    private String token;

    DigitalRecruitersClient(Sandbox sandbox) {
        super(sandbox, DigitalRecruitersSimulator.TOOL);
    }

    /** A public API GET with the API key and a bearer token, logging in first when needed. */
    @Override
    public Reply get(String path) {
        if (token == null) {
            token = login().json().get("token").asText();
        }
        return getWith(path, Map.of("X-DR-API-KEY", credentials.get("api_key"), "Authorization", "Bearer " + token,
                "Content-Type", "application/json"));
    }

    Reply login() {
        return postApi("/public/v1/users/login", "{\"email\": \"" + credentials.get("email") + "\", \"password\": \""
                + credentials.get("password") + "\"}");
    }

    Reply postApi(String path, String body) {
        return postWith(path, body, Map.of("X-DR-API-KEY", credentials.get("api_key"), "Content-Type", "application/json"));
    }

    JsonNode feed() {
        Reply r = getWith("/export/job-ads/" + credentials.get("feed_token"), Map.of());
        if (r.status() != 200) {
            throw new AssertionError("feed answered " + r.status() + ": " + r.body());
        }
        return r.json();
    }

    Reply apply(String body) {
        return postWith("/api/candidate/apply/" + credentials.get("apply_token"), body, Map.of("Content-Type", "application/json"));
    }

    /** Every item of the applications export, following the absolute {@code links.next}. */
    List<JsonNode> allApplications(String query) {
        List<JsonNode> items = new ArrayList<>();
        JsonNode body = json(APPLICATIONS + query);
        while (true) {
            body.at("/data/items").forEach(items::add);
            JsonNode next = body.at("/data/links/next");
            if (next.isNull()) {
                return items;
            }
            body = getAbsolute(next.asText()).json();
        }
    }

    Reply getAbsolute(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().header("X-DR-API-KEY", credentials.get("api_key"))
                .header("Authorization", "Bearer " + token));
    }

    /** Forgets the bearer, so the next call logs in again. */
    void logout() {
        token = null;
    }
}
