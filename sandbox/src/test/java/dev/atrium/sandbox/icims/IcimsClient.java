package dev.atrium.sandbox.icims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.support.SimulatorClient;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Test client speaking to a started sandbox's iCIMS simulator over real HTTP, as a connector would: Basic auth
 * by default, paths relative to {@code /customers/{customerId}}, search pages walked with the {@code id >} keyset.
 */
final class IcimsClient extends SimulatorClient {

    final String customer;
    final String basic;

    IcimsClient(Sandbox sandbox) {
        super(sandbox, IcimsSimulator.TOOL);
        this.customer = "/customers/" + credentials.get("customer_id");
        this.basic = "Basic " + Base64.getEncoder().encodeToString(
                (credentials.get("username") + ":" + credentials.get("password")).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Reply get(String path) {
        return getWith(customer + path, Map.of("Authorization", basic));
    }

    Reply post(String path, String json) {
        return postWith(customer + path, json, Map.of("Authorization", basic, "Content-Type", "application/json"));
    }

    Reply patch(String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + customer + path))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", basic).header("Content-Type", contentType));
    }

    /** The client-credentials call against the login host. */
    Reply token(String clientId, String secret, String audience) {
        String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secret)
                + "&audience=" + enc(audience);
        return send(HttpRequest.newBuilder(URI.create(credentials.get("token_url")))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded"));
    }

    Reply search(String type, JsonNode body) {
        return post("/search/" + type, body.toString());
    }

    /** Every id of a search, walking pages with {@code <prefix>.id >} the last id as the fact sheet describes. */
    List<Long> searchAll(String type, String prefix, List<ObjectNode> filters) {
        List<Long> all = new ArrayList<>();
        long last = 0;
        while (true) {
            ObjectNode body = JSON.createObjectNode();
            ArrayNode list = body.putArray("filters");
            filters.forEach(list::add);
            list.add(filter(prefix + ".id", ">", String.valueOf(last)));
            JsonNode results = json(search(type, body)).get("searchResults");
            results.forEach(r -> all.add(r.get("id").asLong()));
            if (results.size() < 1000) {
                return all;
            }
            last = results.get(results.size() - 1).get("id").asLong();
        }
    }

    static ObjectNode filter(String name, String operator, String... values) {
        ObjectNode f = JSON.createObjectNode().put("name", name).put("operator", operator);
        ArrayNode v = f.putArray("value");
        for (String value : values) {
            v.add(value);
        }
        return f;
    }

    static ObjectNode query(ObjectNode... filters) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putArray("filters");
        for (ObjectNode f : filters) {
            list.add(f);
        }
        return body;
    }

    static JsonNode json(Reply r) {
        if (r.status() != 200) {
            throw new AssertionError("answered " + r.status() + ": " + r.body());
        }
        return r.json();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
