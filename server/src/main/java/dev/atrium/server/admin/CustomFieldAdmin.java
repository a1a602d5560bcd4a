package dev.atrium.server.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.Engine;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.models.ModelSchema;
import dev.atrium.engine.store.CustomField;
import dev.atrium.engine.store.Environment;
import dev.atrium.server.api.ListParameters;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The operator's custom field definitions, shared by the command line and the admin routes: per environment, a
 * unified key of one model that each integration of the environment may fill from one of its raw fields.
 */
public final class CustomFieldAdmin {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");
    private static final int MAX_KEY = 100;
    private static final int MAX_TEXT = 1000;

    private final Engine engine;
    private final IntegrationAdmin integrations;

    public CustomFieldAdmin(Engine engine) {
        this.engine = engine;
        this.integrations = new IntegrationAdmin(engine);
    }

    /** The models custom fields can be defined on: Kombo's names of the sync models that carry custom_fields. */
    public List<String> models() {
        return engine.models().names().stream().map(engine.models()::get)
                .filter(model -> model.has("custom_fields")).map(ModelSchema::komboModel)
                .filter(Objects::nonNull).sorted().toList();
    }

    /** Defines a custom field in an environment (given by id or name). */
    public CustomField create(String environment, String model, String key, String label, String description) {
        Environment target = integrations.environment(environment);
        List<String> models = models();
        if (model == null || !models.contains(model)) {
            throw new IntegrationAdmin.InvalidInput("model must be one of " + String.join(", ", models)
                    + (model == null ? "" : ", got '" + ListParameters.abbreviate(model) + "'"));
        }
        if (key == null || !KEY.matcher(key).matches() || key.length() > MAX_KEY) {
            throw new IntegrationAdmin.InvalidInput("key must start with a lower-case letter and hold only lower-case"
                    + " letters, digits and _ (at most " + MAX_KEY + " characters), e.g. t_shirt_size"
                    + (key == null ? "" : "; got '" + ListParameters.abbreviate(key) + "'"));
        }
        checkLength("label", label);
        checkLength("description", description);
        return engine.customFields().create(target.id(), model, key, label, description)
                .orElseThrow(() -> new IntegrationAdmin.InvalidInput("environment " + target.name()
                        + " has a custom field '" + key + "' on " + model + " already"));
    }

    /** The custom fields of an environment, by model and key. */
    public List<CustomField> list(String environment) {
        return engine.customFields().list(integrations.environment(environment).id());
    }

    /** Removes a definition and every integration's mapping of it. */
    public void delete(String id) {
        if (id == null || !engine.customFields().delete(id)) {
            throw new IntegrationAdmin.InvalidInput("no custom field '"
                    + ListParameters.abbreviate(String.valueOf(id)) + "'");
        }
    }

    /** A definition as the admin routes answer it. */
    public static ObjectNode describe(CustomField field) {
        ObjectNode out = Json.object();
        out.put("id", field.id());
        out.put("key", field.key());
        out.put("model", field.model());
        out.put("label", field.label());
        out.put("description", field.description());
        return out;
    }

    private static void checkLength(String name, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw new IntegrationAdmin.InvalidInput(name + " is longer than " + MAX_TEXT + " characters");
        }
    }
}
