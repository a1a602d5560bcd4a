package dev.atrium.engine.mapping;

import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.engine.models.ModelSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The connector page of a mapping ({@code docs/connectors/<tool>.md}), in the shape of the coverage documents:
 * the models it reads with a Field | Notes table each, its actions, and its features. Fields come from
 * {@link MappingCoverage}, notes from the emits' {@code notes:}, features from {@code features:} and
 * {@link EngineFeatures}. The same mapping always gives the same text, so a checked-in page can be compared.
 */
public final class ConnectorPage {

    /** The coverage documents' model order and titles, by Kombo model; other models follow in catalog order. */
    private static final Map<String, String> TITLES = new LinkedHashMap<>();

    static {
        TITLES.put("ats_users", "Users");
        TITLES.put("ats_jobs", "Jobs");
        TITLES.put("ats_job_postings", "Job postings");
        TITLES.put("ats_candidates", "Candidates");
        TITLES.put("ats_application_stages", "Application Stages");
        TITLES.put("ats_applications", "Applications");
        TITLES.put("ats_screening_questions", "Screening questions");
        TITLES.put("ats_roles", "Roles");
        TITLES.put("ats_join_jobs_screening_questions", "Job-specific screening questions");
        TITLES.put("ats_join_user_job_role_assignments", "Job user role assignments");
        TITLES.put("ats_join_jobs_users", "Job hiring team members");
    }

    /** Listed first in every table, as the coverage documents do. */
    private static final List<String> LEADING = List.of("id", "remote_id", "changed_at", "remote_deleted_at");

    private ConnectorPage() {
    }

    /** The Markdown page of the mapping. */
    public static String render(Mapping mapping, ModelCatalog models) {
        MappingCoverage coverage = MappingCoverage.of(mapping, models);
        StringBuilder page = new StringBuilder();
        page.append("<!-- Generated from mappings/").append(mapping.tool()).append(".yaml by `atrium docs connectors`;")
                .append(" edit the mapping, not this page. -->\n\n");
        page.append("# ").append(mapping.label()).append(" ATS Integration\n\n");
        if (mapping.description() != null) {
            page.append(mapping.description().strip()).append("\n\n");
        }
        page.append("The tool slug for this connector is `").append(mapping.tool()).append("`.\n\n");

        page.append("## Models\n");
        for (String model : modelOrder(coverage, models)) {
            ModelSchema schema = models.get(model);
            page.append("\n### ").append(TITLES.getOrDefault(schema.komboModel(), title(model))).append("\n\n");
            page.append("| Field | Notes |\n| --- | --- |\n");
            Map<String, String> notes = notes(mapping, model);
            for (String field : fieldOrder(coverage.fields(model))) {
                page.append("| ").append(field).append(" | ").append(cell(notes.getOrDefault(field, ""))).append(" |\n");
            }
        }

        page.append("\n## Actions\n\nNone yet: this connector reads only.\n");

        page.append("\n## Features\n\n| Feature | Notes |\n| --- | --- |\n");
        List<Feature> features = new ArrayList<>(mapping.features());
        features.addAll(EngineFeatures.of(mapping));
        for (Feature feature : features) {
            page.append("| ").append(cell(feature.label())).append(" | ")
                    .append(cell(feature.note() == null ? "" : feature.note())).append(" |\n");
        }
        return page.toString();
    }

    private static List<String> modelOrder(MappingCoverage coverage, ModelCatalog models) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String kombo : TITLES.keySet()) {
            coverage.models().stream().filter(model -> kombo.equals(models.get(model).komboModel()))
                    .forEach(ordered::add);
        }
        models.names().stream().sorted().filter(coverage::providesModel).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    private static List<String> fieldOrder(Set<String> provided) {
        List<String> fields = new ArrayList<>(LEADING.stream().filter(provided::contains).toList());
        provided.stream().filter(field -> !LEADING.contains(field)).forEach(fields::add);
        return fields;
    }

    /** Every emit's notes on the model, the first one written winning. */
    private static Map<String, String> notes(Mapping mapping, String model) {
        Map<String, String> notes = new LinkedHashMap<>();
        mapping.streams().values().forEach(stream -> stream.emits().stream()
                .filter(emit -> emit.model().equals(model))
                .forEach(emit -> emit.notes().forEach(notes::putIfAbsent)));
        return notes;
    }

    /** A model without a coverage title: its file name in words (job_application_stages: Job application stages). */
    private static String title(String model) {
        String words = model.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** One table cell: a pipe would end it and a line break would end the row. */
    private static String cell(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", " ").replace("|", "\\|");
    }
}
