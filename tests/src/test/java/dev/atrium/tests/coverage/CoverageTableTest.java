package dev.atrium.tests.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.atrium.engine.loading.MappingLoader;
import dev.atrium.engine.loading.Mappings;
import dev.atrium.engine.mapping.Emit;
import dev.atrium.engine.mapping.EngineFeatures;
import dev.atrium.engine.mapping.Feature;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.mapping.MappingCoverage;
import dev.atrium.engine.models.ModelCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every read row of each tool's coverage table is produced by its mapping file: each model field (and its note),
 * each feature. Rows that cannot be yet carry their reason in the table. A tool's failures are reported at once,
 * naming tool, model and field.
 */
class CoverageTableTest {

    private static final Set<String> KINDS = Set.of("model", "action", "feature", "model-note", "action-note",
            "general-note");
    private static final ModelCatalog MODELS = ModelCatalog.load();
    private static final Mappings MAPPINGS = new MappingLoader(MODELS).loadDirectory(Path.of("../mappings")).orThrow();

    @Test
    void sageHr() throws IOException {
        check("sagehr");
    }

    @Test
    void paycor() throws IOException {
        check("paycor");
    }

    @Test
    void icims() throws IOException {
        check("icims");
    }

    @Test
    void phenom() throws IOException {
        check("phenom");
    }

    @Test
    void digitalRecruiters() throws IOException {
        check("digitalrecruiters");
    }

    @Test
    void everyMappingHasATable() {
        for (Mapping mapping : MAPPINGS.all()) {
            assertTrue(CoverageTable.FOLDER.resolve(mapping.tool() + ".tsv").toFile().isFile(),
                    "no coverage table for " + mapping.tool() + " under " + CoverageTable.FOLDER);
        }
    }

    @Test
    void aMissingFieldNoteOrFeatureIsReportedByName() {
        Mapping sage = MAPPINGS.get("sagehr");
        List<CoverageTable.Row> rows = List.of(
                new CoverageTable.Row(1, "model", "ats_jobs", "salary_amount", "", ""),
                new CoverageTable.Row(2, "model", "ats_jobs", "name", "Always the position title", ""),
                new CoverageTable.Row(3, "model", "ats_users", "email", "", ""),
                new CoverageTable.Row(4, "feature", "roles", "Roles", "", ""),
                new CoverageTable.Row(5, "feature", "delta_syncs", "Delta Syncs", "", ""),
                new CoverageTable.Row(6, "feature", "source_writing", "Source Writing", "", "writes: not built yet"),
                new CoverageTable.Row(7, "action", "Create candidate", "candidate.title", "", ""));
        List<String> problems = problems(new CoverageTable("sagehr", rows), sage);
        assertEquals(List.of(
                "sagehr: ats_jobs (jobs).salary_amount is not produced (line 1)",
                "sagehr: ats_jobs (jobs).name has no note in the mapping; the coverage document says: Always the"
                        + " position title (line 2)",
                "sagehr: ats_users (users).email is not produced (line 3)",
                "sagehr: feature roles is not listed under features: (line 4)",
                "sagehr: feature delta_syncs: no stream is incremental (line 5)",
                "sagehr: action Create candidate candidate.title: actions are not checked yet, give the reason"
                        + " (line 7)"), problems);
    }

    private static void check(String tool) throws IOException {
        CoverageTable table = CoverageTable.read(tool);
        Optional<Mapping> mapping = MAPPINGS.find(tool);
        if (mapping.isEmpty()) {
            fail(tool + ": no mappings/" + tool + ".yaml; " + table.rows("model").size() + " model rows unproduced");
        }
        List<String> problems = problems(table, mapping.get());
        if (!problems.isEmpty()) {
            fail(problems.size() + " row(s) of coverage/" + tool + ".tsv not met:\n" + String.join("\n", problems));
        }
    }

    static List<String> problems(CoverageTable table, Mapping mapping) {
        MappingCoverage coverage = MappingCoverage.of(mapping, MODELS);
        List<String> problems = new ArrayList<>();
        for (CoverageTable.Row row : table.rows()) {
            String at = " (line " + row.line() + ")";
            if (!KINDS.contains(row.kind())) {
                problems.add(table.tool() + ": unknown kind '" + row.kind() + "'" + at);
            } else if (row.hasReason() || row.kind().endsWith("-note")) {
                continue;
            } else if (row.kind().equals("model")) {
                modelRow(table.tool(), row, mapping, coverage).map(problem -> problem + at).ifPresent(problems::add);
            } else if (row.kind().equals("feature")) {
                featureRow(row.section(), mapping, coverage)
                        .map(problem -> table.tool() + ": feature " + row.section() + problem + at)
                        .ifPresent(problems::add);
            } else {
                problems.add(table.tool() + ": action " + row.section() + " " + row.field()
                        + ": actions are not checked yet, give the reason" + at);
            }
        }
        return problems;
    }

    private static Optional<String> modelRow(String tool, CoverageTable.Row row, Mapping mapping,
            MappingCoverage coverage) {
        Optional<String> model = MODELS.names().stream()
                .filter(name -> row.section().equals(MODELS.get(name).komboModel())).findFirst();
        if (model.isEmpty()) {
            return Optional.of(tool + ": no sync model has kombo_model " + row.section());
        }
        String name = row.section() + " (" + model.get() + ")." + row.field();
        if (!coverage.providesField(model.get(), row.field())) {
            return Optional.of(tool + ": " + name + " is not produced");
        }
        boolean noted = mapping.streams().values().stream().flatMap(stream -> stream.emits().stream())
                .filter(emit -> emit.model().equals(model.get())).map(Emit::notes)
                .anyMatch(notes -> notes.containsKey(row.field()));
        if (!row.note().isEmpty() && !noted) {
            return Optional.of(tool + ": " + name + " has no note in the mapping; the coverage document says: "
                    + row.note());
        }
        return Optional.empty();
    }

    /** Why a feature is not provided (a phrase following its id), or empty when it is. */
    private static Optional<String> featureRow(String id, Mapping mapping, MappingCoverage coverage) {
        int dot = id.indexOf('.');
        if (dot > 0) {
            // A nested feature needs its parent; one named after a model also needs that model's raw fields.
            Optional<String> parent = featureRow(id.substring(0, dot), mapping, coverage);
            String child = id.substring(dot + 1);
            if (parent.isEmpty() && MODELS.has(child) && !coverage.providesField(child, "integration_fields")) {
                return Optional.of(": the mapping does not read " + child + " with their raw fields");
            }
            return parent.map(problem -> " (parent " + id.substring(0, dot) + problem + ")");
        }
        boolean listed = mapping.features().stream().map(Feature::id).anyMatch(id::equals);
        if (EngineFeatures.ids().contains(id)) {
            if (listed) {
                return Optional.of(" is provided by the engine and must not be listed under features:");
            }
            if (!EngineFeatures.provides(mapping, id)) {
                return Optional.of(switch (id) {
                    case EngineFeatures.SYNC_ONLY_CREATED_APPLICATIONS -> ": no stream emits applications";
                    case EngineFeatures.API_PASSTHROUGH -> ": no passthrough apis";
                    default -> ": no stream is incremental";
                });
            }
            return Optional.empty();
        }
        if (!listed) {
            return Optional.of(" is not listed under features:");
        }
        if (id.equals(EngineFeatures.CANDIDATE_CUTOFF_FILTERING) && !EngineFeatures.usesCutoff(mapping)) {
            return Optional.of(": no stream request uses $cutoff");
        }
        return Optional.empty();
    }
}
