package dev.atrium.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.mapping.Feature;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.mapping.MappingCoverage;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.engine.models.ModelSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tool's coverage in Kombo's shapes: every Kombo ATS read model (named by its {@code kombo_model}) with each
 * field's status, the ATS write actions, and the mapping's features. The integration details carry the long
 * form (availability and scope settings), {@code /tools} the short one.
 */
final class CoverageJson {

    /** Kombo's labels of its ATS models, in the order they are listed; a model missing here is labelled by name. */
    private static final Map<String, String> MODEL_LABELS = orderedLabels(
            "ats_jobs", "Jobs",
            "ats_job_postings", "Job postings",
            "ats_candidates", "Candidates",
            "ats_applications", "Applications",
            "ats_application_stages", "Application stages",
            "ats_users", "Users",
            "ats_roles", "Roles",
            "ats_tags", "Tags",
            "ats_screening_questions", "Screening questions",
            "ats_interviews", "Interviews",
            "ats_offers", "Offers",
            "ats_rejection_reasons", "Rejection reasons",
            "ats_join_jobs_application_stages", "Job-specific application stages",
            "ats_join_jobs_screening_questions", "Job-specific screening questions",
            "ats_join_jobs_users", "Job hiring team members",
            "ats_join_user_job_role_assignments", "Job user role assignments",
            "ats_join_users_roles", "User system roles",
            "ats_join_candidates_tags", "Candidate tags",
            "ats_join_interviews_users", "Interviewers");

    /** Kombo's ATS write actions (the ids of its action metadata endpoints). Atrium writes in a later release. */
    private static final Map<String, String> WRITE_ACTIONS = orderedLabels(
            "ats_create_candidate", "Create candidate",
            "ats_create_application", "Create application",
            "ats_add_application_attachment", "Add attachment to application",
            "ats_add_candidate_attachment", "Add attachment to candidate");

    private CoverageJson() {
    }

    /**
     * The read models of a coverage.
     *
     * @param detailed whether each model and field carries {@code is_available}, {@code scope_config_setting}
     *                 and {@code opted_out_by_customer} (integration details) or only its status (tools)
     */
    static ArrayNode readModels(ModelCatalog models, MappingCoverage coverage, boolean detailed) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (ModelSchema model : komboModels(models)) {
            boolean provided = coverage.providesModel(model.name());
            ObjectNode entry = out.addObject();
            entry.put("id", model.komboModel());
            entry.put("label", MODEL_LABELS.getOrDefault(model.komboModel(), model.komboModel()));
            status(entry, provided, detailed);
            ArrayNode fields = entry.putArray("fields");
            for (String field : model.properties()) {
                ObjectNode fieldEntry = fields.addObject().put("id", field);
                status(fieldEntry, coverage.providesField(model.name(), field), detailed);
            }
        }
        return out;
    }

    /** The ATS write actions, none implemented yet: not available to any integration. */
    static ArrayNode writeActions(boolean detailed) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        WRITE_ACTIONS.forEach((id, label) -> {
            ObjectNode entry = out.addObject().put("id", id).put("label", label);
            if (detailed) {
                entry.put("is_available", false);
            }
            entry.put("coverage_status", "NOT_IMPLEMENTED");
            if (detailed) {
                entry.put("scope_config_setting", "ENABLED");
                entry.put("opted_out_by_customer", false);
            }
            entry.putArray("fields");
        });
        return out;
    }

    /** The features a mapping lists, each supported by the tool's connector. */
    static ArrayNode features(Mapping mapping) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (Feature feature : mapping.features()) {
            out.addObject().put("id", feature.id()).put("label", feature.label()).put("coverage_status", "SUPPORTED");
        }
        return out;
    }

    private static void status(ObjectNode entry, boolean provided, boolean detailed) {
        if (detailed) {
            entry.put("is_available", provided);
        }
        entry.put("coverage_status", provided ? "SUPPORTED" : "UNSUPPORTED");
        if (detailed) {
            // Atrium has no scope configs: every model and field a mapping reads is synced.
            entry.put("scope_config_setting", "ENABLED");
            entry.put("opted_out_by_customer", false);
        }
    }

    /** The sync models Kombo names, in Kombo's listing order. */
    private static List<ModelSchema> komboModels(ModelCatalog models) {
        List<String> order = new ArrayList<>(MODEL_LABELS.keySet());
        List<ModelSchema> named = new ArrayList<>();
        for (String name : models.names()) {
            if (models.get(name).komboModel() != null) {
                named.add(models.get(name));
            }
        }
        named.sort(Comparator.comparingInt((ModelSchema model) -> {
            int position = order.indexOf(model.komboModel());
            return position < 0 ? order.size() : position;
        }).thenComparing(ModelSchema::komboModel));
        return named;
    }

    private static Map<String, String> orderedLabels(String... idsAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < idsAndLabels.length; i += 2) {
            labels.put(idsAndLabels[i], idsAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(labels);
    }
}
