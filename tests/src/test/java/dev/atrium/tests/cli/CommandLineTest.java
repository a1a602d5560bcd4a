package dev.atrium.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.json.Json;
import dev.atrium.server.cli.AtriumCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The atrium command line as operators use it: exit codes and what it prints. */
class CommandLineTest {

    @TempDir
    Path folder;

    /** Output and exit code of one command line. */
    private record Run(int exit, String out, String err) {
    }

    private static synchronized Run atrium(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int exit = AtriumCli.execute(args);
            return new Run(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private String database() {
        return "sqlite:" + folder.resolve("atrium.db");
    }

    @Test
    void validateAcceptsTheShippedMappings() {
        Run run = atrium("validate", "../mappings");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("mapping file(s) fine"), run.out());
    }

    @Test
    void validateReportsEveryProblemWithFileLineAndPath() throws IOException {
        Path broken = Files.createDirectories(folder.resolve("broken"));
        String sage = Files.readString(Path.of("../mappings/sagehr.yaml"));
        Files.writeString(broken.resolve("sagehr.yaml"), sage.replace("type: page_number", "type: pages"));
        Run run = atrium("validate", broken.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("sagehr.yaml:62 streams.positions.paginate.type: must be one of"), run.out());
        assertTrue(run.out().contains("streams.applicants.paginate.type: must be one of"), run.out());
    }

    @Test
    void validateReportsABadExpressionOnItsLine() throws IOException {
        Path broken = Files.createDirectories(folder.resolve("broken-expression"));
        String sage = Files.readString(Path.of("../mappings/sagehr.yaml"));
        Files.writeString(broken.resolve("sagehr.yaml"), sage.replace("\"name\": title,", "\"name\": (title,")
                .replace("\"current_stage_id\": stage ? $id(\"application_stages\"", "\"current_stage_id\": stage ? $id(\"stages\""));
        Run run = atrium("validate", broken.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("sagehr.yaml:73 streams.positions.emit.0.transform: JSONata syntax error"),
                run.out());
        // The syntax error hides nothing else: the unknown model in another transform is reported too.
        assertTrue(run.out().contains("streams.applicants.emit.1.transform: $id refers to unknown model 'stages'"),
                run.out());
    }

    @Test
    void theServerDoesNotStartOnABrokenMapping() throws IOException {
        Path broken = Files.createDirectories(folder.resolve("broken-server"));
        String sage = Files.readString(Path.of("../mappings/sagehr.yaml"));
        Files.writeString(broken.resolve("sagehr.yaml"), sage.replace("records: data", "records: data["));
        Run run = atrium("serve", "--mappings", broken.toString(), "--database", database(), "--port", "0");
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("Atrium does not start on broken mapping files"), run.err());
        assertTrue(run.err().contains("streams.positions.records: JSONata syntax error"), run.err());
    }

    @Test
    void mapPrintsWhatAStreamMakesOfOneResponse() throws IOException {
        Path input = folder.resolve("applicants.json");
        Files.writeString(input, """
                {"data": [{"id": 9, "first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com",
                  "address": null, "phone_number": null, "source": "api", "created_at": "2024-01-02 03:04:05+00:00",
                  "disqualified_date": null, "hired_date": null, "stage": {"id": 4, "title": "Interview"}}],
                 "meta": {"next_page": null}}
                """);
        Path position = folder.resolve("position.json");
        Files.writeString(position, "{\"id\": 12}");
        Run run = atrium("map", "--mappings", "../mappings", "--tool", "sagehr", "--stream", "applicants",
                "--input", input.toString(), "--parent", "position=" + position);
        assertEquals(0, run.exit(), run.out() + run.err());
        JsonNode output = Json.parse(run.out());
        assertEquals("Ada", output.at("/records/candidates/0/first_name").asText());
        assertEquals("PENDING", output.at("/records/applications/0/outcome").asText());
        assertEquals("Interview", output.at("/records/application_stages/0/name").asText());
        assertEquals("12:4", output.at("/records/job_application_stages/0/remote_id").asText());
        assertEquals(0, output.get("quarantined").size());
    }

    @Test
    void operatorsCreateEnvironmentsKeysAndIntegrations() {
        Run environment = atrium("environments", "create", "production", "--database", database());
        assertEquals(0, environment.exit(), environment.err());
        Run key = atrium("api-keys", "create", "--environment", "production", "--database", database());
        assertEquals(0, key.exit(), key.err());
        assertTrue(key.out().trim().startsWith("atr_"), key.out());

        Run integration = atrium("integrations", "create", "--tool", "sagehr", "--credential", "subdomain=acme",
                "--credential", "api_key=secret-value", "--database", database(), "--mappings", "../mappings");
        assertEquals(0, integration.exit(), integration.err());
        assertTrue(integration.out().trim().matches("sagehr:[1-9A-HJ-NP-Za-km-z]{24}"), integration.out());
        assertTrue(!integration.out().contains("secret-value") && !integration.err().contains("secret-value"));
    }

    @Test
    void badIntegrationInputIsRefusedWithAReason() {
        atrium("environments", "create", "production", "--database", database());
        Run unknownTool = atrium("integrations", "create", "--tool", "nosuchtool", "--database", database(),
                "--mappings", "../mappings");
        assertEquals(2, unknownTool.exit());
        assertTrue(unknownTool.err().contains("no tool 'nosuchtool'"), unknownTool.err());

        Run missing = atrium("integrations", "create", "--tool", "sagehr", "--credential", "subdomain=acme",
                "--database", database(), "--mappings", "../mappings");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("api_key is required"), missing.err());

        Run badPattern = atrium("integrations", "create", "--tool", "sagehr", "--credential", "subdomain=a.b/c",
                "--credential", "api_key=k", "--credential", "colour=blue", "--database", database(),
                "--mappings", "../mappings");
        assertEquals(2, badPattern.exit());
        assertTrue(badPattern.err().contains("subdomain must match") && badPattern.err().contains("unknown connection"
                + " field 'colour'"), badPattern.err());

        Run badUrl = atrium("integrations", "create", "--tool", "sagehr", "--credential", "subdomain=acme",
                "--credential", "api_key=k", "--base-url", "ftp://example.test", "--database", database(),
                "--mappings", "../mappings");
        assertEquals(2, badUrl.exit());
        assertTrue(badUrl.err().contains("http or https"), badUrl.err());
    }
}
