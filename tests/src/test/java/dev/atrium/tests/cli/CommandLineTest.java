package dev.atrium.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.json.Json;
import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.SimulatorInfo;
import dev.atrium.server.cli.AtriumCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void operatorsChooseWhatAnIntegrationSyncsAndTrackApplications() {
        atrium("environments", "create", "production", "--database", database());
        Run integration = atrium("integrations", "create", "--tool", "sagehr", "--credential", "subdomain=acme",
                "--credential", "api_key=k", "--setting", "sync_only_created_applications=false", "--database",
                database(), "--mappings", "../mappings");
        assertEquals(0, integration.exit(), integration.err());
        String id = integration.out().trim();

        Run shown = atrium("integrations", "settings", id, "--database", database(), "--mappings", "../mappings");
        assertEquals(0, shown.exit(), shown.err());
        assertTrue(shown.out().contains("\"sync_only_created_applications\" : false"), shown.out());

        Run cutoff = atrium("integrations", "settings", id, "--set", "candidate_cutoff_days=30", "--database",
                database(), "--mappings", "../mappings");
        assertEquals(2, cutoff.exit());
        assertTrue(cutoff.err().contains("cannot ask for candidates by date"), cutoff.err());
        assertNoStackTrace(cutoff);

        Run unknown = atrium("integrations", "create", "--tool", "sagehr", "--credential", "subdomain=acme",
                "--credential", "api_key=k", "--setting", "sync_everything=true", "--database", database(),
                "--mappings", "../mappings");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("unknown setting 'sync_everything'"), unknown.err());

        Run back = atrium("integrations", "settings", id, "--set", "sync_only_created_applications=null",
                "--database", database(), "--mappings", "../mappings");
        assertTrue(back.out().contains("\"sync_only_created_applications\" : true"), "back to the default: " + back.out());
        Run tracked = atrium("integrations", "track", id, "--application", "4711", "--database", database(),
                "--mappings", "../mappings");
        assertEquals(0, tracked.exit(), tracked.err());
        assertTrue(tracked.out().trim().matches("[1-9A-HJ-NP-Za-km-z]{24}"), tracked.out());
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

    /** A command with the store options of this test's store; the secret key stays in the test's folder too. */
    private Run atriumOnStore(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--database", database(), "--secret-key-file", folder.resolve("secret.key").toString(),
                "--mappings", "../mappings"));
        return atrium(all.toArray(String[]::new));
    }

    /** The value of a {@code name  value} line of a command's output. */
    private static String field(Run run, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + name + " +(.+)$").matcher(run.out());
        assertTrue(matcher.find(), "no " + name + " line in: " + run.out());
        return matcher.group(1).trim();
    }

    private static void assertNoStackTrace(Run run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "a stack trace: " + run.err());
    }

    @Test
    void webhooksAreCreatedListedFollowedAndDeleted() {
        assertEquals(0, atriumOnStore("environments", "create", "production").exit());
        Run finishedOnly = atriumOnStore("webhooks", "create", "--url", "https://hooks.example.test/finished",
                "--event", "sync-finished", "--environment", "production");
        assertEquals(0, finishedOnly.exit(), finishedOnly.out() + finishedOnly.err());
        String finishedId = field(finishedOnly, "id");
        assertTrue(finishedId.matches("[1-9A-HJ-NP-Za-km-z]{24}"), finishedOnly.out());
        assertEquals("sync-finished", field(finishedOnly, "events"));
        String secret = field(finishedOnly, "secret");
        assertTrue(secret.length() >= 32, finishedOnly.out());
        // With one environment it may be left out; without --event an endpoint takes every type.
        Run everything = atriumOnStore("webhooks", "create", "--url", "https://hooks.example.test/all");
        assertEquals(0, everything.exit(), everything.out() + everything.err());
        String everythingId = field(everything, "id");
        assertEquals("data-changed, sync-finished, integration-deleted, integration-state-changed",
                field(everything, "events"));

        Run list = atriumOnStore("webhooks", "list");
        assertEquals(0, list.exit(), list.err());
        List<String> lines = list.out().lines().toList();
        assertEquals(2, lines.size(), list.out());
        assertTrue(lines.get(0).startsWith(finishedId) && lines.get(0).contains("https://hooks.example.test/finished")
                && lines.get(0).contains("sync-finished"), list.out());
        assertTrue(lines.get(1).startsWith(everythingId) && lines.get(1).contains("data-changed,sync-finished"),
                list.out());
        assertFalse(list.out().contains(secret), "the secret is shown once, at creation");

        // A sync run from the command line queues the webhooks the server then sends.
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults())) {
            SimulatorInfo sage = sandbox.simulators().stream().filter(info -> info.tool().equals("sagehr"))
                    .findFirst().orElseThrow();
            Run integration = atriumOnStore("integrations", "create", "--tool", "sagehr", "--credential",
                    "subdomain=" + sage.credentials().get("subdomain"), "--credential", "api_key="
                            + sage.credentials().get("api_key"), "--base-url", sage.baseUrl());
            assertEquals(0, integration.exit(), integration.err());
            Run sync = atriumOnStore("sync", integration.out().trim());
            assertEquals(0, sync.exit(), sync.out() + sync.err());
        }
        Run finishedDeliveries = atriumOnStore("webhooks", "deliveries", finishedId);
        assertEquals(0, finishedDeliveries.exit(), finishedDeliveries.err());
        List<String> finishedLines = finishedDeliveries.out().lines().toList();
        assertEquals(1, finishedLines.size(), finishedDeliveries.out());
        assertTrue(finishedLines.get(0).matches("\\d{4}-\\d{2}-\\d{2}T\\S+Z  sync-finished  PENDING  attempts 0"),
                finishedDeliveries.out());
        Run allDeliveries = atriumOnStore("webhooks", "deliveries", everythingId);
        assertEquals(2, allDeliveries.out().lines().count(), allDeliveries.out());
        assertTrue(allDeliveries.out().contains("  data-changed  PENDING") && allDeliveries.out()
                .contains("  sync-finished  PENDING"), allDeliveries.out());

        Run deleted = atriumOnStore("webhooks", "delete", finishedId);
        assertEquals(0, deleted.exit(), deleted.err());
        assertEquals("deleted " + finishedId, deleted.out().trim());
        assertEquals(0, atriumOnStore("webhooks", "delete", everythingId).exit());
        Run empty = atriumOnStore("webhooks", "list");
        assertEquals(0, empty.exit(), empty.err());
        assertEquals("", empty.out().trim());

        Run again = atriumOnStore("webhooks", "delete", finishedId);
        assertEquals(2, again.exit(), again.out() + again.err());
        assertTrue(again.err().contains("error: no webhook endpoint '" + finishedId + "'"), again.err());
        assertNoStackTrace(again);
    }

    @Test
    void badWebhookInputIsRefusedWithAReasonAndNoStackTrace() {
        atriumOnStore("environments", "create", "production");
        Run ftp = atriumOnStore("webhooks", "create", "--url", "ftp://hooks.example.test/a");
        assertEquals(2, ftp.exit(), ftp.out() + ftp.err());
        assertTrue(ftp.err().contains("error: webhook url must be an absolute http or https URL, got"
                + " 'ftp://hooks.example.test/a'"), ftp.err());
        assertNoStackTrace(ftp);

        Run relative = atriumOnStore("webhooks", "create", "--url", "/hooks");
        assertEquals(2, relative.exit(), relative.err());
        assertTrue(relative.err().contains("error: webhook url must be an absolute http or https URL"), relative.err());
        Run garbage = atriumOnStore("webhooks", "create", "--url", "not a url");
        assertEquals(2, garbage.exit(), garbage.err());
        assertTrue(garbage.err().contains("error: webhook url is not a URL"), garbage.err());
        assertNoStackTrace(garbage);

        Run unknownEvent = atriumOnStore("webhooks", "create", "--url", "https://hooks.example.test/a", "--event",
                "candidate-hired");
        assertEquals(2, unknownEvent.exit(), unknownEvent.err());
        assertTrue(unknownEvent.err().contains("error: unknown webhook type 'candidate-hired'; available:"
                + " data-changed, sync-finished, integration-deleted, integration-state-changed"), unknownEvent.err());
        assertNoStackTrace(unknownEvent);

        Run unknownEnvironment = atriumOnStore("webhooks", "create", "--url", "https://hooks.example.test/a",
                "--environment", "nosuch");
        assertEquals(2, unknownEnvironment.exit(), unknownEnvironment.err());
        assertTrue(unknownEnvironment.err().contains("error: no environment 'nosuch'"), unknownEnvironment.err());
        Run unknownEndpoint = atriumOnStore("webhooks", "deliveries", "NoSuchEndpoint1234567890");
        assertEquals(2, unknownEndpoint.exit(), unknownEndpoint.err());
        assertTrue(unknownEndpoint.err().contains("error: no webhook endpoint 'NoSuchEndpoint1234567890'"),
                unknownEndpoint.err());

        // Nothing refused was stored.
        assertEquals("", atriumOnStore("webhooks", "list").out().trim());
    }

    @Test
    void validateChecksASingleMappingFile() {
        Run run = atrium("validate", "../mappings/sagehr.yaml");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("1 mapping file(s) fine"), run.out());
    }

    @Test
    void validateReportsTheProblemsOfABrokenSingleFileWithFileAndLine() throws IOException {
        Path broken = folder.resolve("sagehr.yaml");
        Files.writeString(broken, Files.readString(Path.of("../mappings/sagehr.yaml"))
                .replace("type: page_number", "type: pages"));
        Run run = atrium("validate", broken.toString());
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("sagehr.yaml:62 streams.positions.paginate.type: must be one of"), run.out());
        assertTrue(run.out().contains("0 mapping file(s) fine"), run.out());
    }
}
