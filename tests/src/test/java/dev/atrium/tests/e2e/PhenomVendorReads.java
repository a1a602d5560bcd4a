package dev.atrium.tests.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.json.Json;
import dev.atrium.sandbox.SimulatorInfo;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the Phenom simulator's own API as a vendor client would, to compare with what Atrium serves. */
final class PhenomVendorReads {

    private final SimulatorInfo simulator;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    PhenomVendorReads(SimulatorInfo simulator) {
        this.simulator = simulator;
        String form = "clientId=" + encode(simulator.credentials().get("client_id")) + "&clientSecret="
                + encode(simulator.credentials().get("client_secret"));
        JsonNode answer = send(HttpRequest.newBuilder(URI.create(simulator.credentials().get("login_url") + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        this.token = answer.get("access_token").asText();
    }

    /** Every job of the external career site. */
    List<JsonNode> externalJobs() {
        return pages("/jobs-api/v1/jobs?siteType=external");
    }

    /** Every application of the apply API. */
    List<JsonNode> applications() {
        return pages("/apply/v2/applications?");
    }

    JsonNode candidate(String candidateId) {
        return get("/candidates-api/v1/candidates?candidateId=" + encode(candidateId)).get("data");
    }

    private List<JsonNode> pages(String pathAndQuery) {
        List<JsonNode> records = new ArrayList<>();
        String separator = pathAndQuery.endsWith("?") ? "" : "&";
        for (int offset = 0; ; offset += 100) {
            JsonNode page = get(pathAndQuery + separator + "offset=" + offset + "&limit=100").get("data");
            page.forEach(records::add);
            if (page.size() < 100) {
                return records;
            }
        }
    }

    private JsonNode get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + pathAndQuery))
                .header("Authorization", "Bearer " + token)
                .header("x-ph-userId", simulator.credentials().get("user_id"))
                .header("Accept", "application/json").GET().build());
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("sandbox " + request.uri() + " answered " + response.statusCode());
            }
            return Json.parse(response.body());
        } catch (IOException e) {
            throw new AssertionError("sandbox " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
