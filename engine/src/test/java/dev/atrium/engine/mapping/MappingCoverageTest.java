package dev.atrium.engine.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atrium.engine.loading.MappingLoader;
import dev.atrium.engine.loading.Mappings;
import dev.atrium.engine.models.ModelCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a mapping provides, read from its transforms: small mappings, then the real ones. */
class MappingCoverageTest {

    private static final ModelCatalog MODELS = ModelCatalog.load();

    /** A mapping of one stream per entry (name, model, transform). */
    private static MappingCoverage coverage(String... streamModelTransform) {
        StringBuilder yaml = new StringBuilder("""
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
                """);
        for (int i = 0; i < streamModelTransform.length; i += 3) {
            yaml.append("  ").append(streamModelTransform[i]).append(":\n")
                    .append("    request: { path: /").append(streamModelTransform[i]).append(" }\n")
                    .append("    records: data\n")
                    .append("    emit:\n")
                    .append("      - model: ").append(streamModelTransform[i + 1]).append('\n')
                    .append("        transform: |\n");
            streamModelTransform[i + 2].lines().forEach(line -> yaml.append("          ").append(line).append('\n'));
        }
        Mappings mappings = new MappingLoader(MODELS).loadText("demo.yaml", yaml.toString()).orThrow();
        return MappingCoverage.of(mappings.get("demo"), MODELS);
    }

    @Test
    void aKeySetToLiteralNullIsNotProvidedAndAtriumsOwnFieldsAlwaysAre() {
        MappingCoverage coverage = coverage("jobs", "jobs", """
                {
                  "remote_id": $string(id),
                  "name": title,
                  "job_code": null,
                  "status": open ? "OPEN" : null
                }""");
        assertTrue(coverage.providesModel("jobs"));
        assertEquals(List.of("id", "remote_id", "name", "status", "custom_fields", "integration_fields", "remote_data",
                "changed_at", "remote_deleted_at"), List.copyOf(coverage.fields("jobs")), "in schema order");
        assertFalse(coverage.providesField("jobs", "job_code"), "a literal null provides nothing");
        assertTrue(coverage.providesField("jobs", "status"), "a value that may be null is still provided");
        assertFalse(coverage.providesField("jobs", "salary_amount"), "a key the transform never names");
        assertTrue(coverage.unreadable().isEmpty(), coverage.unreadable().toString());
    }

    @Test
    void modelsNoStreamEmitsAreNotProvided() {
        MappingCoverage coverage = coverage("jobs", "jobs", "{ \"remote_id\": id }");
        assertFalse(coverage.providesModel("candidates"));
        assertEquals(Set.of(), coverage.fields("candidates"));
        assertFalse(coverage.providesField("candidates", "id"));
        assertEquals(Set.of("jobs"), coverage.models());
    }

    @Test
    void aConditionalObjectIsReadInsideAndBothBranchesCount() {
        MappingCoverage coverage = coverage(
                "stages", "application_stages", "stage ? { \"remote_id\": stage.id, \"name\": stage.title }",
                "tags", "tags", "kind = \"a\" ? { \"remote_id\": id, \"name\": label } : { \"remote_id\": id }");
        assertTrue(coverage.providesField("application_stages", "name"));
        assertFalse(coverage.providesField("application_stages", "global_index"));
        assertTrue(coverage.providesField("tags", "name"), "one branch setting it is enough");
    }

    @Test
    void blocksPathsFiltersAndArraysOfObjectsAreFollowedToTheirObjects() {
        MappingCoverage coverage = coverage(
                "team", "job_hiring_team_members", """
                (
                  $job := $;
                  $distinct(members.id).(
                    $user := $;
                    { "remote_id": $job.id & ":" & $user, "job_id": $id("jobs", $job.id), "user_id": $id("users", $user) }
                  )
                )""",
                "users", "users", """
                [managers, recruiters][$exists(id)].{ "remote_id": id, "email": email, "remote_data": { "user": $ } }""",
                "roles", "roles", """
                [
                  $count(managers) > 0 ? { "remote_id": "m", "remote_label": "Manager", "scope": "JOB", "remote_data": null },
                  $count(recruiters) > 0 ? { "remote_id": "r", "remote_label": "Recruiter", "unified_type": "RECRUITER", "remote_data": null }
                ]""");
        assertEquals(Set.of("id", "remote_id", "job_id", "user_id", "changed_at", "remote_deleted_at"),
                coverage.fields("job_hiring_team_members"), "roles is never set");
        assertTrue(coverage.providesField("users", "email"));
        assertTrue(coverage.providesField("users", "remote_data"));
        assertFalse(coverage.providesField("users", "first_name"));
        assertTrue(coverage.providesField("roles", "scope"));
        assertTrue(coverage.providesField("roles", "unified_type"), "elements of an array constructor add up");
        assertFalse(coverage.providesField("roles", "remote_data"), "null wherever it is named");
        assertTrue(coverage.unreadable().isEmpty(), coverage.unreadable().toString());
    }

    @Test
    void remoteDataIsProvidedWhereATransformLeavesItToAtrium() {
        MappingCoverage coverage = coverage(
                "one", "tags", "{ \"remote_id\": id, \"remote_data\": null }",
                "two", "tags", "{ \"remote_id\": id, \"name\": label }");
        assertTrue(coverage.providesField("tags", "remote_data"), "the second stream's records carry the raw record");
        assertTrue(coverage.providesField("tags", "name"), "streams of one model add up");
        assertFalse(coverage.providesField("tags", "custom_fields"), "only fields the model has");
    }

    @Test
    void resultsThatAreNotObjectConstructorsAreReportedAndPromiseNothing() {
        MappingCoverage coverage = coverage(
                "merged", "tags", "$merge([{ \"remote_id\": id }, { \"name\": label }])",
                "computed", "rejection_reasons", "{ \"remote_id\": id, key: label }");
        assertEquals(Set.of("id", "changed_at", "remote_deleted_at"), coverage.fields("tags"));
        assertTrue(coverage.providesField("rejection_reasons", "remote_id"));
        assertEquals(2, coverage.unreadable().size(), coverage.unreadable().toString());
        assertTrue(coverage.unreadable().get(0).startsWith("stream merged, model tags: $merge"),
                coverage.unreadable().get(0));
        assertTrue(coverage.unreadable().get(1).contains("computed key key"), coverage.unreadable().get(1));
    }

    @Test
    void theRealMappingsAreReadWholeAndMatchWhatTheirTransformsSet() {
        Mappings mappings = new MappingLoader(MODELS).loadDirectory(Path.of("../mappings")).orThrow();
        assertFalse(mappings.isEmpty());
        for (Mapping mapping : mappings.all()) {
            MappingCoverage coverage = MappingCoverage.of(mapping, MODELS);
            assertTrue(coverage.unreadable().isEmpty(), mapping.tool() + ": " + coverage.unreadable());
            assertEquals(mapping.models(), coverage.models(), mapping.tool());
            for (String model : coverage.models()) {
                assertTrue(MODELS.get(model).properties().containsAll(coverage.fields(model)), model);
                assertTrue(coverage.providesField(model, "remote_id"), mapping.tool() + " " + model);
            }
        }

        MappingCoverage sage = MappingCoverage.of(mappings.get("sagehr"), MODELS);
        assertEquals(Set.of("jobs", "candidates", "applications", "application_stages", "job_application_stages"),
                sage.models());
        assertTrue(sage.providesField("jobs", "post_url"));
        assertTrue(sage.providesField("jobs", "location"));
        assertFalse(sage.providesField("jobs", "job_code"));
        assertTrue(sage.providesField("applications", "current_stage_id"));
        assertFalse(sage.providesField("applications", "rejection_reason_name"));
        assertFalse(sage.providesField("job_application_stages", "index"), "Sage HR stages have no order");
        assertFalse(sage.providesModel("users"));

        MappingCoverage paycor = MappingCoverage.of(mappings.get("paycor"), MODELS);
        assertTrue(paycor.providesModel("users"));
        assertTrue(paycor.providesField("users", "remote_data"));
        assertFalse(paycor.providesField("roles", "remote_data"));
        assertTrue(paycor.providesField("roles", "unified_type"));
        assertFalse(paycor.providesField("applications", "outcome"), "Paycor applications carry no outcome");
        assertTrue(paycor.providesField("job_hiring_team_members", "roles"));
        assertTrue(paycor.providesField("job_user_role_assignments", "role_id"));
        assertTrue(paycor.providesField("jobs", "salary_period"));
        assertFalse(paycor.providesField("jobs", "post_url"));
    }
}
