package dev.atrium.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.engine.sync.SyncListener;
import dev.atrium.engine.sync.SyncType;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.SimulatorInfo;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every tool that has both a simulator and a mapping, end to end: a FULL sync with nothing quarantined, every
 * list endpoint of a model its mapping reads to its last page (the others answer MODEL_NOT_AVAILABLE), a
 * passthrough read of the tool's own API under {@code <tool>/default}, then a second sync (DELTA where the
 * mapping can) that changes nothing.
 * A new connector is covered by this test the moment its mapping and simulator exist.
 */
class EveryToolReadPathTest {

    /** A read of each tool's own API that needs its credentials; {name} is a connection value of the sandbox's. */
    private static final Map<String, String> PASSTHROUGH_READS = Map.of(
            "sagehr", "/recruitment/positions",
            "paycor", "/v1/legalEntities/{legal_entity_id}/ats/accounts",
            "icims", "/customers/{customer_id}/v2/lists",
            "phenom", "/jobs-api/v1/jobs?siteType=external&offset=0&limit=5",
            "digitalrecruiters", "/public/v1/job-applications/detailed?limit=1");

    @TempDir
    Path folder;

    @TestFactory
    Stream<DynamicTest> everyConnectedTool() {
        AtriumUnderTest probe = new AtriumUnderTest(folder.resolve("probe"), SandboxOptions.defaults());
        List<String> tools = new ArrayList<>();
        for (SimulatorInfo simulator : probe.sandbox.simulators()) {
            if (probe.engine.mappings().find(simulator.tool()).isPresent()) {
                tools.add(simulator.tool());
            }
        }
        probe.close();
        assertTrue(tools.size() >= 2, "expected several tools with a simulator and a mapping, found " + tools);
        return tools.stream().map(tool -> DynamicTest.dynamicTest(tool, () -> readPath(tool)));
    }

    private void readPath(String tool) throws Exception {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder.resolve(tool), SandboxOptions.defaults().withSeed(5))) {
            String[] environment = atrium.environmentWithKey("production");
            Integration integration = atrium.connect(environment[0], tool);
            SyncRun full = atrium.sync(integration.id());
            assertEquals("SUCCEEDED", full.state(), tool + ": " + full.error());
            assertEquals(0, full.counts().quarantined(), tool + " quarantined records");
            assertTrue(full.counts().added() > 0, tool + " synced nothing");

            for (String endpoint : ApiShapes.ITEM_SCHEMAS.keySet()) {
                String model = endpoint.replace('-', '_');
                if (!atrium.engine.mappings().find(tool).orElseThrow().models().contains(model)) {
                    AtriumUnderTest.Response refused = atrium.api("/v1/ats/" + endpoint, environment[1],
                            integration.id());
                    assertEquals(409, refused.status(), tool + ": " + endpoint);
                    assertEquals("INTEGRATION.MODEL_NOT_AVAILABLE", refused.body().at("/error/code").asText());
                    continue;
                }
                List<JsonNode> items = atrium.all("/v1/ats/" + endpoint, "page_size=50", environment[1],
                        integration.id());
                items.forEach(item -> ApiShapes.assertItem(endpoint, item));
                assertEquals(atrium.engine.records().count(integration.id(), model, false), items.size(),
                        tool + ": " + endpoint + " lists every stored record");
            }

            String path = PASSTHROUGH_READS.get(tool);
            assertTrue(path != null, tool + ": add a passthrough read for it");
            for (var credential : atrium.simulator(tool).credentials().entrySet()) {
                path = path.replace("{" + credential.getKey() + "}", credential.getValue());
            }
            HttpResponse<String> passthrough = RawHttp.send("POST", atrium.apiBase() + "/v1/passthrough/" + tool
                    + "/default", "{\"method\": \"GET\", \"path\": \"" + path + "\"}", Map.of("Authorization",
                    "Bearer " + environment[1], "X-Integration-Id", integration.id(), "Content-Type", "application/json"));
            assertEquals(200, passthrough.statusCode(), tool + ": " + passthrough.body());
            assertEquals(200, Json.parse(passthrough.body()).at("/data/status").asInt(),
                    tool + ": the tool accepted the integration's credentials: " + passthrough.body());

            SyncRun again = atrium.engine.syncs().runNow(integration.id(), SyncType.DELTA, "test", SyncListener.NONE);
            assertEquals("SUCCEEDED", again.state(), tool + ": " + again.error());
            assertEquals(0, again.counts().added() + again.counts().changed() + again.counts().deleted(),
                    tool + ": a second sync of unchanged data changes nothing");
        }
    }
}
