package dev.atrium.sandbox.sagehr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.support.SimulatorClient;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test client speaking to a started sandbox's Sage HR simulator over real HTTP, as a connector would. */
final class SageHrClient extends SimulatorClient {

    final String token;

    SageHrClient(Sandbox sandbox) {
        super(sandbox, SageHrSimulator.TOOL);
        this.token = credentials.get("api_key");
    }

    /** GET with the token and Accept: application/json, like a well-behaved connector. */
    @Override
    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()
                .header("Accept", "application/json").header("X-Auth-Token", token));
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

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
