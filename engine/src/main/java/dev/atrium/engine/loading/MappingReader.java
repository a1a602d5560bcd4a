package dev.atrium.engine.loading;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.expressions.Expression;
import dev.atrium.engine.expressions.ExpressionException;
import dev.atrium.engine.expressions.Template;
import dev.atrium.engine.expressions.ValueMap;
import dev.atrium.engine.mapping.AuthSpec;
import dev.atrium.engine.mapping.ConnectionField;
import dev.atrium.engine.mapping.Emit;
import dev.atrium.engine.mapping.FanOut;
import dev.atrium.engine.mapping.Feature;
import dev.atrium.engine.mapping.HttpSettings;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.mapping.PaginationSpec;
import dev.atrium.engine.mapping.PassthroughApi;
import dev.atrium.engine.mapping.RateLimit;
import dev.atrium.engine.mapping.RequestSpec;
import dev.atrium.engine.mapping.ErrorRule;
import dev.atrium.engine.mapping.SyncSettings;
import dev.atrium.engine.mapping.TokenRequest;
import dev.atrium.engine.mapping.RetryPolicy;
import dev.atrium.engine.mapping.StreamSpec;
import dev.atrium.engine.models.ModelCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Builds a {@link Mapping} from a mapping file that passed the connector schema: compiles every template
 * and expression and checks what a schema cannot (parents exist, models exist, value maps and connection
 * fields referenced by expressions exist). Collects every problem instead of stopping at the first.
 */
final class MappingReader {

    private static final Pattern VALUE_MAP_CALL = Pattern.compile("\\$valueMap\\(\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern ID_CALL = Pattern.compile("\\$id\\(\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern CONNECTION_REF = Pattern.compile("\\$connection\\.([A-Za-z_][A-Za-z0-9_]*)");

    private final String file;
    private final String expectedTool;
    private final YamlDocument document;
    private final ModelCatalog models;
    private final List<MappingProblem> problems;

    MappingReader(String file, String expectedTool, YamlDocument document, ModelCatalog models,
            List<MappingProblem> problems) {
        this.file = file;
        this.expectedTool = expectedTool;
        this.document = document;
        this.models = models;
        this.problems = problems;
    }

    /** The mapping, or null when problems were found (they are in the list given to the constructor). */
    Mapping read() {
        int before = problems.size();
        JsonNode root = document.root();
        String tool = root.path("tool").asText();
        if (!tool.equals(expectedTool)) {
            problem("/tool", "must equal the file name '" + expectedTool + "'");
        }
        Map<String, ConnectionField> connection = connection(root.path("connection"));
        Map<String, ValueMap> valueMaps = valueMaps(root.path("value_maps"));
        HttpSettings http = http(root.path("http"), connection);
        Map<String, StreamSpec> streams = streams(root.path("streams"), connection, valueMaps);
        List<Feature> features = features(root.path("features"));
        JsonNode sync = root.path("sync");
        SyncSettings syncSettings = new SyncSettings(
                Duration.ofSeconds(sync.path("delta_lookback_seconds").asLong(SyncSettings.defaults().deltaLookback()
                        .toSeconds())),
                sync.has("full_sync_every_minutes") ? sync.get("full_sync_every_minutes").asInt() : null,
                sync.has("delta_sync_every_minutes") ? sync.get("delta_sync_every_minutes").asInt() : null);
        Map<String, PassthroughApi> passthrough = passthrough(root.path("passthrough").path("apis"), connection);
        if (problems.size() > before) {
            return null;
        }
        return new Mapping(tool, root.path("label").asText(), root.path("category").asText(),
                root.path("description").asText(null), file, connection, http, streams, valueMaps, features,
                syncSettings, passthrough);
    }

    private Map<String, ConnectionField> connection(JsonNode node) {
        Map<String, ConnectionField> fields = new LinkedHashMap<>();
        forEachField(node, (name, field) -> {
            String pointer = YamlDocument.child("/connection", name);
            Pattern pattern = null;
            if (field.hasNonNull("pattern")) {
                try {
                    pattern = Pattern.compile(field.get("pattern").asText());
                } catch (PatternSyntaxException e) {
                    problem(pointer + "/pattern", "not a regular expression: " + e.getDescription());
                }
            }
            fields.put(name, new ConnectionField(name, field.path("label").asText(),
                    field.path("description").asText(null), field.path("required").asBoolean(true),
                    field.path("secret").asBoolean(false), pattern));
        });
        return fields;
    }

    private HttpSettings http(JsonNode node, Map<String, ConnectionField> connection) {
        Template baseUrl = template("/http/base_url", node.path("base_url").asText(), connection, true);
        Map<String, Template> headers = templates("/http/headers", node.path("headers"), connection, true);
        AuthSpec auth = auth(node.path("auth"), connection);
        Duration timeout = Duration.ofMillis(node.path("timeout_ms").asLong(30_000));
        RetryPolicy defaults = RetryPolicy.defaults();
        JsonNode retry = node.path("retry");
        Set<Integer> statuses = new HashSet<>();
        if (retry.has("on_status")) {
            retry.get("on_status").forEach(status -> statuses.add(status.asInt()));
        } else {
            statuses.addAll(defaults.statuses());
        }
        RetryPolicy retryPolicy = new RetryPolicy(
                retry.path("max_attempts").asInt(defaults.maxAttempts()),
                statuses,
                millis(retry, "initial_delay_ms", defaults.initialDelay()),
                millis(retry, "max_delay_ms", defaults.maxDelay()),
                millis(retry, "max_retry_after_ms", defaults.maxRetryAfter()));
        List<ErrorRule> errors = new ArrayList<>();
        JsonNode rules = node.path("errors");
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = rules.get(i);
            Set<Integer> ruleStatuses = new HashSet<>();
            rule.path("status").forEach(status -> ruleStatuses.add(status.asInt()));
            Expression body = rule.has("body") ? expression(YamlDocument.child("/http/errors", i) + "/body",
                    rule.get("body").asText(), connection, Map.of(), false) : null;
            errors.add(new ErrorRule(ruleStatuses, body,
                    ErrorRule.Action.valueOf(rule.path("action").asText().toUpperCase(Locale.ROOT)),
                    rule.path("message").asText(null)));
        }
        return new HttpSettings(baseUrl, headers, auth, timeout, retryPolicy, errors, rateLimit(node.path("rate_limit")),
                node.path("concurrency").asInt(1));
    }

    private static RateLimit rateLimit(JsonNode node) {
        if (node.isMissingNode()) {
            return null;
        }
        RateLimit.QuotaHeaders quota = null;
        if (node.has("quota_headers")) {
            JsonNode headers = node.get("quota_headers");
            quota = new RateLimit.QuotaHeaders(headers.path("remaining").asText(), headers.path("reset").asText(),
                    "epoch_seconds".equals(headers.path("reset_is").asText("seconds")));
        }
        return new RateLimit(node.has("requests") ? node.get("requests").asInt() : null,
                node.has("per_seconds") ? Duration.ofSeconds(node.get("per_seconds").asLong()) : null, quota,
                node.path("reserve").asInt(0));
    }

    private AuthSpec auth(JsonNode node, Map<String, ConnectionField> connection) {
        return auth("/http/auth", node, connection);
    }

    private AuthSpec auth(String pointer, JsonNode node, Map<String, ConnectionField> connection) {
        return switch (node.path("type").asText()) {
            case "either" -> either(pointer, node, connection);
            case "basic" -> new AuthSpec.Basic(
                    template(pointer + "/username", node.path("username").asText(), connection, true),
                    template(pointer + "/password", node.path("password").asText(), connection, true));
            case "api_key" -> new AuthSpec.ApiKey(
                    AuthSpec.Placement.valueOf(node.path("in").asText().toUpperCase(Locale.ROOT)),
                    node.path("name").asText(),
                    template(pointer + "/value", node.path("value").asText(), connection, true));
            case "bearer" -> new AuthSpec.Bearer(template(pointer + "/token", node.path("token").asText(), connection,
                    true));
            case "token" -> new AuthSpec.Token(
                    tokenRequest(pointer + "/obtain", node.path("obtain"), connection),
                    tokenRequest(pointer + "/refresh", node.path("refresh"), connection),
                    node.has("initial_refresh_token") ? template(pointer + "/initial_refresh_token",
                            node.get("initial_refresh_token").asText(), connection, true) : null,
                    expression(pointer + "/token", node.path("token").asText(), connection, Map.of(), true),
                    optionalExpression(pointer + "/refresh_token", node.path("refresh_token"), connection),
                    optionalExpression(pointer + "/expires_in", node.path("expires_in"), connection),
                    node.path("header").asText("Authorization"),
                    template(pointer + "/value", node.path("value").asText("Bearer {$auth.token}"), connection, true),
                    Duration.ofSeconds(node.path("refresh_before_seconds").asLong(60)));
            default -> new AuthSpec.None();
        };
    }

    /** Options chosen by a filled-in connection field; an option is one of the other kinds, never another either. */
    private AuthSpec either(String pointer, JsonNode node, Map<String, ConnectionField> connection) {
        List<AuthSpec.Either.Option> options = new ArrayList<>();
        for (int i = 0; i < node.path("options").size(); i++) {
            String optionPointer = pointer + "/options/" + i;
            JsonNode option = node.path("options").get(i);
            String when = option.path("when").asText();
            if (!connection.containsKey(when)) {
                problem(optionPointer + "/when", "no connection field '" + when + "'; known: "
                        + new TreeSet<>(connection.keySet()));
            }
            if ("either".equals(option.path("auth").path("type").asText())) {
                problem(optionPointer + "/auth/type", "an option cannot itself be a choice");
                continue;
            }
            options.add(new AuthSpec.Either.Option(when, auth(optionPointer + "/auth", option.path("auth"),
                    connection)));
        }
        return new AuthSpec.Either(options);
    }

    private TokenRequest tokenRequest(String pointer, JsonNode node, Map<String, ConnectionField> connection) {
        if (node.isMissingNode()) {
            return null;
        }
        return new TokenRequest(node.path("method").asText("POST"),
                template(pointer + "/url", node.path("url").asText(), connection, true),
                templates(pointer + "/query", node.path("query"), connection, true),
                templates(pointer + "/headers", node.path("headers"), connection, true),
                node.has("form") ? templates(pointer + "/form", node.get("form"), connection, true) : null,
                node.has("json") ? expression(pointer + "/json", node.get("json").asText(), connection, Map.of(), true)
                        : null);
    }

    private Expression optionalExpression(String pointer, JsonNode node, Map<String, ConnectionField> connection) {
        return node.isMissingNode() ? null : expression(pointer, node.asText(), connection, Map.of(), true);
    }

    /** Passthrough base URLs never see secrets: the URL of each call is shown to the caller. */
    private Map<String, PassthroughApi> passthrough(JsonNode node, Map<String, ConnectionField> connection) {
        Map<String, PassthroughApi> apis = new LinkedHashMap<>();
        forEachField(node, (name, api) -> {
            String pointer = YamlDocument.child("/passthrough/apis", name);
            Template baseUrl = api.has("base_url")
                    ? template(pointer + "/base_url", api.get("base_url").asText(), connection, false) : null;
            apis.put(name, new PassthroughApi(name, baseUrl, api.path("description").asText(null)));
        });
        return apis;
    }

    private Map<String, StreamSpec> streams(JsonNode node, Map<String, ConnectionField> connection,
            Map<String, ValueMap> valueMaps) {
        Map<String, StreamSpec> streams = new LinkedHashMap<>();
        forEachField(node, (name, stream) -> {
            String pointer = YamlDocument.child("/streams", name);
            FanOut forEach = null;
            if (stream.has("for_each")) {
                JsonNode fanOut = stream.get("for_each");
                Expression where = fanOut.hasNonNull("where") ? expression(pointer + "/for_each/where",
                        fanOut.get("where").asText(), connection, valueMaps, false) : null;
                forEach = new FanOut(fanOut.path("stream").asText(), fanOut.path("as").asText(), where);
                if (!streams.containsKey(forEach.stream())) {
                    problem(pointer + "/for_each/stream", node.has(forEach.stream())
                            ? "parent stream '" + forEach.stream() + "' must come before '" + name + "'"
                            : "no stream named '" + forEach.stream() + "'");
                }
            }
            JsonNode request = stream.path("request");
            RequestSpec requestSpec = new RequestSpec(
                    request.path("method").asText("GET"),
                    template(pointer + "/request/path", request.path("path").asText(), connection, true),
                    templates(pointer + "/request/query", request.path("query"), connection, true),
                    templates(pointer + "/request/headers", request.path("headers"), connection, true),
                    request.has("body") ? expression(pointer + "/request/body", request.get("body").asText(),
                            connection, valueMaps, true) : null,
                    request.has("form") ? templates(pointer + "/request/form", request.get("form"), connection, true)
                            : null,
                    request.has("base_url") ? template(pointer + "/request/base_url", request.get("base_url").asText(),
                            connection, true) : null);
            PaginationSpec paginate = paginate(pointer + "/paginate", stream.path("paginate"));
            Expression records = expression(pointer + "/records", stream.path("records").asText(), connection,
                    valueMaps, false);
            List<Emit> emits = new ArrayList<>();
            JsonNode emitNodes = stream.path("emit");
            for (int i = 0; i < emitNodes.size(); i++) {
                String emitPointer = YamlDocument.child(pointer + "/emit", i);
                String model = emitNodes.get(i).path("model").asText();
                if (!models.has(model)) {
                    problem(emitPointer + "/model", "no unified model '" + model + "'; known: " + new TreeSet<>(models.names()));
                }
                Expression transform = expression(emitPointer + "/transform",
                        emitNodes.get(i).path("transform").asText(), connection, valueMaps, false);
                emits.add(new Emit(model, transform, notes(emitPointer + "/notes", model, emitNodes.get(i).path("notes"))));
            }
            streams.put(name, new StreamSpec(name, forEach, requestSpec, paginate, records, emits,
                    stream.path("incremental").asBoolean(false)));
        });
        return streams;
    }

    /** Field notes must name fields of the emitted model, or the generated page would document a ghost. */
    private Map<String, String> notes(String pointer, String model, JsonNode node) {
        Map<String, String> notes = new LinkedHashMap<>();
        forEachField(node, (field, text) -> {
            if (models.has(model) && !models.get(model).has(field)) {
                problem(YamlDocument.child(pointer, field), "model '" + model + "' has no field '" + field + "'");
            }
            notes.put(field, text.asText());
        });
        return notes;
    }

    private PaginationSpec paginate(String pointer, JsonNode node) {
        int maxPages = node.path("max_pages").asInt(100_000);
        return switch (node.path("type").asText("none")) {
            case "page_number" -> new PaginationSpec.PageNumber(node.path("param").asText(), node.path("start").asInt(1),
                    node.path("size_param").asText(null), node.has("size") ? node.get("size").asInt() : null,
                    pagingExpression(pointer + "/next_page", node.path("next_page")),
                    pagingExpression(pointer + "/total", node.path("total")), maxPages);
            case "offset" -> new PaginationSpec.Offset(node.path("offset_param").asText(),
                    node.path("limit_param").asText(), node.path("size").asInt(), node.path("start").asLong(0),
                    pagingExpression(pointer + "/total", node.path("total")), maxPages);
            case "token" -> new PaginationSpec.Token(node.path("param").asText(null),
                    pagingExpression(pointer + "/token", node.path("token")),
                    pagingExpression(pointer + "/has_more", node.path("has_more")), maxPages);
            case "next_url" -> new PaginationSpec.NextUrl(pagingExpression(pointer + "/url", node.path("url")), maxPages);
            case "keyset" -> new PaginationSpec.Keyset(pagingExpression(pointer + "/key", node.path("key")),
                    node.path("page_size").asInt(), maxPages);
            default -> new PaginationSpec.None();
        };
    }

    private Expression pagingExpression(String pointer, JsonNode node) {
        return node.isMissingNode() ? null : expression(pointer, node.asText(), Map.of(), Map.of(), false);
    }

    private Map<String, ValueMap> valueMaps(JsonNode node) {
        Map<String, ValueMap> maps = new LinkedHashMap<>();
        forEachField(node, (name, map) -> {
            Map<String, JsonNode> entries = new LinkedHashMap<>();
            forEachField(map.path("entries"), entries::put);
            ValueMap.Unmapped unmapped = ValueMap.Unmapped.valueOf(map.path("unmapped").asText("null")
                    .toUpperCase(Locale.ROOT));
            maps.put(name, new ValueMap(name, entries, unmapped, map.get("default"),
                    map.path("ignore_case").asBoolean(false)));
        });
        return maps;
    }

    private List<Feature> features(JsonNode node) {
        List<Feature> features = new ArrayList<>();
        node.forEach(feature -> features.add(new Feature(feature.path("id").asText(),
                feature.path("label").asText(), feature.path("note").asText(null))));
        return features;
    }

    private Map<String, Template> templates(String pointer, JsonNode node, Map<String, ConnectionField> connection,
            boolean secretsVisible) {
        Map<String, Template> templates = new LinkedHashMap<>();
        forEachField(node, (name, value) -> {
            Template template = template(YamlDocument.child(pointer, name), value.asText(), connection, secretsVisible);
            if (template != null) {
                templates.put(name, template);
            }
        });
        return templates;
    }

    private Template template(String pointer, String source, Map<String, ConnectionField> connection,
            boolean secretsVisible) {
        Template template = compile(pointer, source, Template::compile);
        if (template != null) {
            template.expressionSources().forEach(part -> checkReferences(pointer, part, connection, Map.of(),
                    secretsVisible));
        }
        return template;
    }

    private Expression expression(String pointer, String source, Map<String, ConnectionField> connection,
            Map<String, ValueMap> valueMaps, boolean secretsVisible) {
        Expression expression = compile(pointer, source, Expression::compile);
        if (expression != null) {
            checkReferences(pointer, source, connection, valueMaps, secretsVisible);
        }
        return expression;
    }

    private <T> T compile(String pointer, String source, Function<String, T> compiler) {
        try {
            return compiler.apply(source);
        } catch (ExpressionException e) {
            int line = document.contentLineOf(pointer) + Math.max(0, e.line() - 1);
            problems.add(new MappingProblem(file, line, YamlDocument.dotted(pointer), e.getMessage()));
            return null;
        }
    }

    /** Names an expression uses that must exist: value maps, models given to $id, connection fields. */
    private void checkReferences(String pointer, String source, Map<String, ConnectionField> connection,
            Map<String, ValueMap> valueMaps, boolean secretsVisible) {
        Matcher valueMap = VALUE_MAP_CALL.matcher(source);
        while (valueMap.find()) {
            if (!valueMaps.containsKey(valueMap.group(1))) {
                problem(pointer, "no value map named '" + valueMap.group(1) + "'");
            }
        }
        Matcher id = ID_CALL.matcher(source);
        while (id.find()) {
            if (!models.has(id.group(1))) {
                problem(pointer, "$id refers to unknown model '" + id.group(1) + "'");
            }
        }
        Matcher field = CONNECTION_REF.matcher(source);
        while (field.find()) {
            ConnectionField connectionField = connection.get(field.group(1));
            if (connectionField == null) {
                problem(pointer, "no connection field named '" + field.group(1) + "'");
            } else if (connectionField.secret() && !secretsVisible) {
                problem(pointer, "secret connection field '" + field.group(1) + "' is not visible here");
            }
        }
    }

    private void problem(String pointer, String message) {
        problems.add(new MappingProblem(file, document.lineOf(pointer), YamlDocument.dotted(pointer), message));
    }

    private static Duration millis(JsonNode node, String field, Duration fallback) {
        return node.has(field) ? Duration.ofMillis(node.get(field).asLong()) : fallback;
    }

    private static void forEachField(JsonNode node, java.util.function.BiConsumer<String, JsonNode> action) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            action.accept(entry.getKey(), entry.getValue());
        }
    }
}
