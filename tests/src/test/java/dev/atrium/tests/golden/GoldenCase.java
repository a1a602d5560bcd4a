package dev.atrium.tests.golden;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One golden mapping case, {@code tests/golden/<tool>/<stream>/<case>/}: {@code input.json} is a raw response
 * body of the stream, {@code parents.json} (optional) the fan-out parent records by variable name,
 * {@code connection.json} (optional) connection values, and {@code expected.json} what the stream makes of it.
 */
record GoldenCase(String tool, String stream, String name, Path folder) {

    static final String INTEGRATION_ID_SUFFIX = ":golden";

    String integrationId() {
        return tool + INTEGRATION_ID_SUFFIX;
    }

    JsonNode input() throws IOException {
        return read(folder.resolve("input.json"));
    }

    Map<String, JsonNode> parents() throws IOException {
        Map<String, JsonNode> parents = new LinkedHashMap<>();
        Path file = folder.resolve("parents.json");
        if (Files.exists(file)) {
            for (Iterator<Map.Entry<String, JsonNode>> it = read(file).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> parent = it.next();
                parents.put(parent.getKey(), parent.getValue());
            }
        }
        return parents;
    }

    Map<String, String> connection() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        Path file = folder.resolve("connection.json");
        if (Files.exists(file)) {
            read(file).fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
        }
        return values;
    }

    Path expectedFile() {
        return folder.resolve("expected.json");
    }

    static JsonNode read(Path file) throws IOException {
        return Json.parse(Files.readString(file));
    }

    @Override
    public String toString() {
        return tool + "/" + stream + "/" + name;
    }
}
