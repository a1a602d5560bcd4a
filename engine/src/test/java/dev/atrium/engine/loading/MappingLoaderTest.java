package dev.atrium.engine.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atrium.engine.mapping.AuthSpec;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.mapping.PaginationSpec;
import dev.atrium.engine.models.ModelCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MappingLoaderTest {

    private static final ModelCatalog MODELS = ModelCatalog.load();
    private static final MappingLoader LOADER = new MappingLoader(MODELS);

    static final String VALID = """
            format: atrium-connector/v1
            tool: demo
            label: Demo
            category: ats
            connection:
              api_key: { label: API key, secret: true }
            http:
              base_url: https://example.test/api
              auth: { type: api_key, in: header, name: X-Key, value: "{$connection.api_key}" }
            streams:
              positions:
                request: { path: /positions }
                paginate: { type: page_number, param: page, next_page: meta.next }
                records: data
                emit:
                  - model: jobs
                    transform: |
                      { "remote_id": $string(id), "status": $valueMap("status", status) }
            value_maps:
              status:
                entries: { open: OPEN }
                unmapped: keep
            """;

    private static List<String> problems(String text) {
        return LOADER.loadText("mappings/demo.yaml", text).problems().stream().map(MappingProblem::toString)
                .collect(Collectors.toList());
    }

    @Test
    void aValidFileLoadsIntoATypedMapping() {
        LoadResult result = LOADER.loadText("mappings/demo.yaml", VALID);
        assertTrue(result.ok(), result.problems().toString());
        Mapping mapping = result.mappings().get("demo");
        assertTrue(mapping.http().auth() instanceof AuthSpec.ApiKey);
        assertTrue(mapping.stream("positions").paginate() instanceof PaginationSpec.PageNumber);
        assertEquals(List.of("jobs"), List.copyOf(mapping.models()));
        assertTrue(mapping.connection().get("api_key").secret());
    }

    @Test
    void theShippedMappingsLoadWithoutProblems() {
        LoadResult result = LOADER.loadDirectory(Path.of("../mappings"));
        assertTrue(result.ok(), result.problems().toString());
        assertNotNull(result.mappings().get("sagehr"));
    }

    @Test
    void passthroughApisLoadAndTheirBaseUrlsSeeNoSecrets() {
        String declared = VALID + """
                passthrough:
                  apis:
                    default: {}
                    v2: { base_url: "/v2", description: The second version }
                """;
        Mapping mapping = LOADER.loadText("mappings/demo.yaml", declared).orThrow().get("demo");
        assertEquals(Set.of("default", "v2"), mapping.passthrough().keySet());
        assertNull(mapping.passthrough().get("default").baseUrl(), "the integration's base URL");
        assertEquals("The second version", mapping.passthrough().get("v2").description());

        List<String> secret = problems(declared.replace("\"/v2\"", "\"https://{$connection.api_key}.example\""));
        assertEquals(1, secret.size(), secret.toString());
        assertTrue(secret.get(0).contains("passthrough.apis.v2.base_url")
                && secret.get(0).contains("secret connection field 'api_key' is not visible here"), secret.get(0));
        List<String> badName = problems(declared.replace("    v2:", "    \"v 2\":"));
        assertEquals(1, badName.size(), badName.toString());
        assertTrue(badName.get(0).contains("passthrough.apis"), badName.get(0));
        assertTrue(problems(VALID + "passthrough: { apis: {} }\n").get(0).contains("passthrough.apis"));

        LoadResult shipped = LOADER.loadDirectory(Path.of("../mappings"));
        shipped.mappings().all().forEach(each -> assertTrue(each.passthrough().containsKey("default"),
                each.tool() + " declares the default passthrough API"));
    }

    @Test
    void fieldNotesLoadInFileOrderAndMustNameFieldsOfTheModel() {
        String noted = VALID.replace("""
                      { "remote_id": $string(id), "status": $valueMap("status", status) }
                """, """
                      { "remote_id": $string(id), "status": $valueMap("status", status) }
                        notes:
                          status: Open positions are OPEN, everything else keeps its own status
                          remote_work_status: Inferred from the location
                """);
        Mapping mapping = LOADER.loadText("mappings/demo.yaml", noted).orThrow().get("demo");
        assertEquals(List.of("status", "remote_work_status"),
                List.copyOf(mapping.stream("positions").emits().get(0).notes().keySet()));
        assertEquals("Inferred from the location",
                mapping.stream("positions").emits().get(0).notes().get("remote_work_status"));

        List<String> ghost = problems(noted.replace("remote_work_status: Inferred", "remote_work: Inferred"));
        assertEquals(List.of("mappings/demo.yaml:21 streams.positions.emit.0.notes.remote_work: model 'jobs' has no"
                + " field 'remote_work'"), ghost);
        List<String> empty = problems(noted.replace("remote_work_status: Inferred from the location",
                "remote_work_status: \"\""));
        assertEquals(1, empty.size(), empty.toString());
        assertTrue(empty.get(0).contains("notes.remote_work_status"), empty.get(0));
    }

    @Test
    void aSchemaViolationNamesFileLinePathAndTheAllowedValues() {
        List<String> problems = problems(VALID.replace("type: page_number", "type: pages"));
        assertEquals(1, problems.size(), problems.toString());
        String problem = problems.get(0);
        assertTrue(problem.startsWith("mappings/demo.yaml:13 streams.positions.paginate.type: must be one of"), problem);
        assertTrue(problem.contains("page_number"), problem);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String broken = VALID
                .replace("label: Demo", "label: 7")
                .replace("records: data", "records: data\n    surprise: true")
                .replace("base_url: https://example.test/api", "base_url: 12");
        List<String> problems = problems(broken);
        assertTrue(problems.size() >= 3, problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains(":3 label:")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("streams.positions.surprise: unknown property")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("http.base_url")), problems.toString());
    }

    @Test
    void aJsonataSyntaxErrorIsReportedOnItsLine() {
        List<String> problems = problems(VALID.replace("{ \"remote_id\": $string(id), \"status\"",
                "{ \"remote_id\": ($string(id), \"status\""));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("mappings/demo.yaml:18 streams.positions.emit.0.transform: JSONata syntax error"),
                problems.get(0));
    }

    @Test
    void unknownModelsValueMapsConnectionFieldsAndParentsAreReported() {
        String applicants = """
                  applicants:
                    for_each: { stream: openings, as: opening }
                    request: { path: "/openings/{$opening.id}/applicants" }
                    records: data
                    emit:
                      - model: candidates
                        transform: '{ "remote_id": $string(id), "first_name": $connection.api_key }'
                """;
        String broken = VALID
                .replace("model: jobs", "model: vacancies")
                .replace("$valueMap(\"status\"", "$valueMap(\"state\"")
                .replace("value: \"{$connection.api_key}\"", "value: \"{$connection.token}\"")
                .replace("value_maps:", applicants + "value_maps:");
        String all = String.join("\n", problems(broken));
        assertTrue(all.contains("no unified model 'vacancies'"), all);
        assertTrue(all.contains("no value map named 'state'"), all);
        assertTrue(all.contains("no connection field named 'token'"), all);
        assertTrue(all.contains("no stream named 'openings'"), all);
        assertTrue(all.contains("secret connection field 'api_key' is not visible here"), all);
    }

    @Test
    void eitherAuthOptionsNameConnectionFieldsAndAreNotThemselvesChoices() {
        String either = VALID.replace("auth: { type: api_key, in: header, name: X-Key, value: \"{$connection.api_key}\" }",
                """
                auth:
                    type: either
                    options:
                      - when: api_key
                        auth: { type: api_key, in: header, name: X-Key, value: "{$connection.api_key}" }
                      - when: user
                        auth:
                          type: either
                          options:
                            - { when: api_key, auth: { type: none } }
                            - { when: api_key, auth: { type: none } }
                """.stripTrailing());
        assertTrue(LOADER.loadText("mappings/demo.yaml", VALID).ok());
        String all = String.join("\n", problems(either));
        assertTrue(all.contains("no connection field 'user'"), all);
        assertTrue(all.contains("an option cannot itself be a choice"), all);
    }

    @Test
    void toolMustMatchTheFileName() {
        List<String> problems = LOADER.loadText("mappings/other.yaml", VALID).problems().stream()
                .map(MappingProblem::toString).toList();
        assertEquals(List.of("mappings/other.yaml:2 tool: must equal the file name 'other'"), problems);
    }

    @Test
    void yamlSyntaxErrorsAndDuplicateKeysAreProblemsNotCrashes() {
        assertTrue(problems("format: [unclosed").get(0).contains("YAML syntax error"));
        List<String> duplicates = problems(VALID.replace("label: Demo", "label: Demo\nlabel: Again"));
        assertTrue(duplicates.get(0).contains(":4 label: duplicate key 'label'"), duplicates.toString());
    }
}
