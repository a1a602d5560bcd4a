package dev.atrium.sandbox.phenom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.support.SimulatorClient;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test client speaking to a started sandbox's Phenom simulator over real HTTP, as a connector would: it trades
 * the client id and secret for a JWT at the login URL, then sends it as a bearer token with the acting user.
 */
final class PhenomClient extends SimulatorClient {

    final String userId;
    private String token;

    PhenomClient(Sandbox sandbox) {
        super(sandbox, PhenomSimulator.TOOL);
        this.userId = credentials.get("user_id");
    }

    /** The form-encoded token call at the login URL. */
    Reply tokenCall(String clientId, String clientSecret) {
        String form = "clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&clientSecret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(credentials.get("login_url") + "/token"))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded"));
    }

    /** A fresh access token for the listed credentials. */
    String login() {
        Reply r = tokenCall(credentials.get("client_id"), credentials.get("client_secret"));
        if (r.status() != 200) {
            throw new AssertionError("token call answered " + r.status() + ": " + r.body());
        }
        token = r.json().get("access_token").asText();
        return token;
    }

    private String token() {
        return token == null ? login() : token;
    }

    /** GET with the bearer token, the acting user and JSON headers. */
    @Override
    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()
                .header("Authorization", "Bearer " + token()).header("x-ph-userId", userId)
                .header("Accept", "application/json"));
    }

    Reply postJson(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token()).header("x-ph-userId", userId)
                .header("Content-Type", "application/json").header("Accept", "application/json"));
    }

    /** Every application, following offset/limit until a short page. */
    List<JsonNode> allApplications() {
        List<JsonNode> items = new ArrayList<>();
        for (int offset = 0; ; offset += 100) {
            JsonNode data = json("/apply/v2/applications?offset=" + offset + "&limit=100").get("data");
            data.forEach(items::add);
            if (data.size() < 100) {
                return items;
            }
        }
    }

    /** Every posted job of one site type (null for all), following offset/limit and totalRecordsCount. */
    List<JsonNode> allJobs(String siteType) {
        List<JsonNode> items = new ArrayList<>();
        String filter = siteType == null ? "" : "siteType=" + siteType + "&";
        long total = Long.MAX_VALUE;
        for (int offset = 0; offset < total; offset += 100) {
            JsonNode body = json("/jobs-api/v1/jobs?" + filter + "offset=" + offset + "&limit=100");
            total = body.get("totalRecordsCount").asLong();
            body.get("data").forEach(items::add);
        }
        return items;
    }

    /** Every applicant of a job, following from/size and pagination.total. */
    List<JsonNode> allApplicants(String jobId) {
        List<JsonNode> items = new ArrayList<>();
        long total = Long.MAX_VALUE;
        for (int from = 0; from < total; from += 100) {
            JsonNode body = json("/candidates-api/applications/v1/jobs/" + jobId + "/applicants?from=" + from + "&size=100");
            total = body.get("pagination").get("total").asLong();
            body.get("data").get("candidates").forEach(items::add);
        }
        return items;
    }
}
