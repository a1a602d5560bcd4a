package dev.atrium.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.mapping.StreamSpec;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.engine.sync.MappingPreview;
import dev.atrium.server.AtriumRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atrium map}: what a stream's transforms make of one raw response, without a sync or a store. */
@Command(name = "map", description = "Print the unified records a stream makes of one raw response body; exit 1"
        + " when a record was quarantined.")
final class MapCommand implements Callable<Integer> {

    @Option(names = "--tool", required = true, description = "Tool id: the name of its mapping file, mappings/<tool>.yaml.")
    String tool;

    @Option(names = "--stream", required = true, description = "Stream name in the tool's mapping file.")
    String stream;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "A response body (JSON) of that stream.")
    Path input;

    @Option(names = "--parent", paramLabel = "NAME=FILE", description = "A fan-out parent record, e.g. position=position.json.")
    Map<String, Path> parents = new LinkedHashMap<>();

    @Option(names = "--connection", paramLabel = "NAME=VALUE", description = "A connection value transforms read.")
    Map<String, String> connection = new LinkedHashMap<>();

    @Option(names = "--integration", description = "Integration id the record ids derive from (default <tool>:preview).")
    String integrationId;

    @Option(names = "--mappings", paramLabel = "DIR", defaultValue = "${env:ATRIUM_MAPPINGS_DIR}",
            description = "Directory of mapping files (default ./mappings when present, else the built-in connectors).")
    String mappingsDir;

    @Override
    public Integer call() throws IOException {
        ModelCatalog models = ModelCatalog.load();
        Mapping mapping = AtriumRuntime.loadMappings(models, mappingsDir).orThrow().find(tool)
                .orElseThrow(() -> new IllegalArgumentException("no mapping for tool '" + tool + "'"));
        StreamSpec spec = mapping.stream(stream);
        if (spec == null) {
            throw new IllegalArgumentException("tool " + tool + " has no stream '" + stream + "'; streams: "
                    + String.join(", ", mapping.streams().keySet()));
        }
        Map<String, JsonNode> parentRecords = new LinkedHashMap<>();
        for (Map.Entry<String, Path> parent : parents.entrySet()) {
            parentRecords.put(parent.getKey(), readJson(parent.getValue()));
        }
        String integration = integrationId == null ? tool + ":preview" : integrationId;
        MappingPreview preview = new MappingPreview(models);
        ObjectNode output = preview.map(mapping, spec, readJson(input), parentRecords, connection, integration);
        System.out.println(Json.pretty(output));
        return output.path("quarantined").isEmpty() ? 0 : 1;
    }

    private static JsonNode readJson(Path file) throws IOException {
        try {
            return Json.parse(Files.readString(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not JSON: " + e.getOriginalMessage());
        }
    }

}
