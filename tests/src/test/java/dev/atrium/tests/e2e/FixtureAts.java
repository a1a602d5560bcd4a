package dev.atrium.tests.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.json.Json;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The API the test connector {@code fixture} reads (src/test/resources/fixture-mappings): one collection of
 * records per path, held in memory so a test can change them between syncs.
 */
final class FixtureAts implements AutoCloseable {

    static final Path MAPPINGS = Path.of("src/test/resources/fixture-mappings");
    static final String API_KEY = "fixture-key";

    private final ObjectNode data;
    private final HttpServer server;

    FixtureAts(Vertx vertx) throws IOException {
        data = (ObjectNode) Json.parse(Files.readString(MAPPINGS.resolve("fixture-data.json")));
        server = vertx.createHttpServer().requestHandler(request -> {
            String collection = request.path().replaceFirst("^/api/", "");
            JsonNode records = data.get(collection);
            if (!API_KEY.equals(request.getHeader("X-Api-Key"))) {
                request.response().setStatusCode(401).end("{\"error\":\"unauthorized\"}");
            } else if (records == null || !request.path().startsWith("/api/")) {
                request.response().setStatusCode(404).end("{\"error\":\"not found\"}");
            } else {
                ObjectNode body = Json.object();
                body.set("data", records);
                request.response().putHeader("Content-Type", "application/json").end(Json.write(body));
            }
        }).listen(0, "127.0.0.1").await();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort() + "/api";
    }

    /** The records of a collection, e.g. users, to change before the next sync. */
    ArrayNode collection(String name) {
        return (ArrayNode) data.get(name);
    }

    /** The record of a collection with this id. */
    ObjectNode record(String collection, String id) {
        for (JsonNode record : collection(collection)) {
            if (record.path("id").asText().equals(id)) {
                return (ObjectNode) record;
            }
        }
        throw new AssertionError("no " + collection + " record " + id);
    }

    @Override
    public void close() {
        server.close().await();
    }
}
