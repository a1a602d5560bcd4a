package dev.atrium.server.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.Engine;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.mapping.AuthSpec;
import dev.atrium.engine.mapping.ConnectionField;
import dev.atrium.engine.mapping.EngineFeatures;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.store.CreatedApiKey;
import dev.atrium.engine.store.EndUser;
import dev.atrium.engine.store.Environment;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.IntegrationSettings;
import dev.atrium.engine.store.TrackedApplication;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The operator's operations, shared by the command line and the admin HTTP routes: environments, API keys
 * and integrations. Inputs are checked against the tool's mapping before anything is stored.
 */
public final class IntegrationAdmin {

    /** Input an operator got wrong; the message says what and how to fix it. */
    public static final class InvalidInput extends RuntimeException {
        public InvalidInput(String message) {
            super(message);
        }
    }

    private final Engine engine;

    public IntegrationAdmin(Engine engine) {
        this.engine = engine;
    }

    public Environment createEnvironment(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("an environment needs a name");
        }
        if (engine.environments().findEnvironment(name.trim()).isPresent()) {
            throw new InvalidInput("an environment named '" + name + "' exists already");
        }
        return engine.environments().createEnvironment(name);
    }

    /** Finds an environment by id or name. */
    public Environment environment(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            List<Environment> all = engine.environments().listEnvironments();
            if (all.size() == 1) {
                return all.get(0);
            }
            throw new InvalidInput(all.isEmpty() ? "there is no environment yet; create one first"
                    : "there are several environments; say which one");
        }
        return engine.environments().findEnvironment(idOrName)
                .orElseThrow(() -> new InvalidInput("no environment '" + idOrName + "'"));
    }

    /** A new API key for an environment (given by id or name), or an admin key when none is given. */
    public CreatedApiKey createApiKey(String environment, boolean admin, String label) {
        if (admin) {
            return engine.environments().createApiKey(null, label);
        }
        return engine.environments().createApiKey(environment(environment).id(), label);
    }

    /**
     * Connects a tool: the tool must have a mapping, the connection values must be exactly the mapping's
     * connection fields (required ones present, patterns matched), a base URL override must be http(s), and the
     * settings must be known ones the tool supports (see {@link IntegrationSettings}; null: all defaults).
     */
    public Integration createIntegration(String environment, String tool, Map<String, String> connection,
            String baseUrl, EndUser endUser, ObjectNode settings) {
        Environment target = environment(environment);
        Mapping mapping = engine.mappings().find(tool).orElseThrow(() -> new InvalidInput("no tool '" + tool
                + "'; available: " + new TreeSet<>(engine.mappings().all().stream().map(Mapping::tool).toList())));
        Map<String, String> values = checkConnection(mapping, connection);
        ObjectNode checked = checkSettings(mapping, Json.object(), settings == null ? Json.object() : settings);
        return engine.integrations().create(target.id(), tool, checkBaseUrl(baseUrl), values, checked, endUser);
    }

    /**
     * Changes some of an integration's settings (a null value returns one to its default) and returns them all.
     * Takes effect from the next sync.
     */
    public ObjectNode updateSettings(String integrationId, ObjectNode change) {
        Integration integration = engine.integrations().find(integrationId)
                .orElseThrow(() -> new InvalidInput("no integration '" + integrationId + "'"));
        Mapping mapping = engine.mappings().find(integration.tool())
                .orElseThrow(() -> new InvalidInput("integration '" + integrationId + "' has no mapping"));
        ObjectNode settings = checkSettings(mapping, integration.settings(), change);
        engine.integrations().setSettings(integrationId, settings);
        return settings;
    }

    /**
     * Starts following an application that exists in the tool already (Kombo's "import tracked application").
     * Blank ids are refused; the application need not have been synced.
     */
    public TrackedApplication trackApplication(String integrationId, String applicationRemoteId,
            String candidateRemoteId, long trackedAt) {
        if (engine.integrations().find(integrationId).isEmpty()) {
            throw new InvalidInput("no integration '" + integrationId + "'");
        }
        if (applicationRemoteId == null || applicationRemoteId.isBlank()) {
            throw new InvalidInput("the application's remote id is missing");
        }
        if (candidateRemoteId != null && candidateRemoteId.isBlank()) {
            throw new InvalidInput("the candidate's remote id is blank");
        }
        return engine.trackedApplications().track(integrationId, applicationRemoteId.trim(),
                candidateRemoteId == null ? null : candidateRemoteId.trim(), TrackedApplication.Origin.IMPORTED,
                trackedAt);
    }

    private static ObjectNode checkSettings(Mapping mapping, ObjectNode stored, ObjectNode change) {
        ObjectNode merged;
        try {
            merged = IntegrationSettings.merged(stored, change);
        } catch (IntegrationSettings.InvalidSetting e) {
            throw new InvalidInput(e.getMessage());
        }
        if (IntegrationSettings.of(merged).hasCutoff()
                && mapping.features().stream()
                .noneMatch(feature -> feature.id().equals(EngineFeatures.CANDIDATE_CUTOFF_FILTERING))) {
            throw new InvalidInput(mapping.label() + " cannot ask for candidates by date, so "
                    + IntegrationSettings.CANDIDATE_CUTOFF_DATE + " and " + IntegrationSettings.CANDIDATE_CUTOFF_DAYS
                    + " are not available for it");
        }
        return merged;
    }

    /** The integration as operators may see it: never its connection values, only which fields are set. */
    public static ObjectNode describe(Integration integration) {
        ObjectNode out = Json.object();
        out.put("id", integration.id());
        out.put("environment_id", integration.environmentId());
        out.put("tool", integration.tool());
        out.put("base_url", integration.baseUrl());
        out.putPOJO("connection_fields", new TreeSet<>(integration.connection().keySet()));
        out.put("enabled", integration.enabled());
        ObjectNode endUser = out.putObject("end_user");
        endUser.put("organization_name", integration.endUser().organizationName());
        endUser.put("creator_email", integration.endUser().creatorEmail());
        endUser.put("origin_id", integration.endUser().originId());
        out.set("settings", IntegrationSettings.of(integration.settings()).toJson());
        return out;
    }

    private static Map<String, String> checkConnection(Mapping mapping, Map<String, String> given) {
        List<String> problems = new ArrayList<>();
        for (String name : given.keySet()) {
            if (!mapping.connection().containsKey(name)) {
                problems.add("unknown connection field '" + name + "'");
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (ConnectionField field : mapping.connection().values()) {
            String value = given.get(field.name());
            String problem = field.problemWith(value);
            if (problem != null) {
                problems.add(field.name() + " " + problem);
            } else if (value != null && !value.isBlank()) {
                values.put(field.name(), value.trim());
            }
        }
        if (mapping.http().auth() instanceof AuthSpec.Either either && either.options().stream()
                .noneMatch(option -> values.containsKey(option.when()))) {
            problems.add("fill in " + String.join(" or ", either.options().stream()
                    .map(AuthSpec.Either.Option::when).toList()) + " to say how to authenticate");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(String.join("; ", problems) + " (" + mapping.tool() + " takes: "
                    + String.join(", ", mapping.connection().keySet()) + ")");
        }
        return values;
    }

    private static String checkBaseUrl(String baseUrl) {
        return baseUrl == null || baseUrl.isBlank() ? null : checkUrl(baseUrl, "base URL");
    }

    /** An absolute http(s) URL, or an {@link InvalidInput} naming {@code what} was wrong. */
    static String checkUrl(String url, String what) {
        try {
            URI uri = new URI(url.trim());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new InvalidInput(what + " must be an absolute http or https URL, got '" + url + "'");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new InvalidInput(what + " is not a URL: " + e.getMessage());
        }
    }
}
