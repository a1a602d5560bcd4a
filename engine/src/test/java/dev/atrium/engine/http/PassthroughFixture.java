package dev.atrium.engine.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.sync.SyncHarness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A tool {@code demo} whose mapping declares passthrough APIs, connected to a fake remote: an API key in a
 * header, a secret subscription key among the mapping's headers, one request in flight at a time, short
 * timeouts and two attempts for retried requests.
 */
final class PassthroughFixture {

    static final String API_KEY = "key-0123456789";
    static final String SUBSCRIPTION = "sub-9876543210";

    private PassthroughFixture() {
    }

    static String mapping(String auth, String passthrough) {
        return """
                format: atrium-connector/v1
                tool: demo
                label: Demo
                category: ats
                connection:
                  api_key: { label: API key, secret: true, required: false }
                  subscription: { label: Subscription key, secret: true, required: false }
                http:
                  base_url: https://example.test
                  headers:
                    Accept: application/json
                    X-Subscription: "{$connection.subscription}"
                  auth:
                %s
                  timeout_ms: 400
                  retry: { max_attempts: 2, initial_delay_ms: 1, max_delay_ms: 5 }
                  concurrency: 1
                %s
                streams:
                  items:
                    request: { path: /items }
                    records: data
                    emit:
                      - model: tags
                        transform: '{ "remote_id": id, "name": name }'
                """.formatted(auth.indent(4).stripTrailing(), passthrough);
    }

    /** The usual mapping: the key in an X-Key header, APIs {@code default} and {@code nested} (under /api). */
    static SyncHarness harness(Path folder) {
        return harness(folder, """
                type: api_key
                in: header
                name: X-Key
                value: "{$connection.api_key}"
                """);
    }

    static SyncHarness harness(Path folder, String auth) {
        return new SyncHarness(folder, mapping(auth, """
                passthrough:
                  apis:
                    default: {}
                    nested: { base_url: /api, description: The same tool under /api }
                """), Map.of("api_key", API_KEY, "subscription", SUBSCRIPTION));
    }

    static PassthroughResult send(SyncHarness harness, String json) {
        return send(harness, harness.integration, "default", json);
    }

    static PassthroughResult send(SyncHarness harness, Integration integration, String api, String json) {
        return harness.engine.passthrough().send(integration, "demo", api, parse(json));
    }

    static JsonNode parse(String json) {
        try {
            return Json.parse(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
