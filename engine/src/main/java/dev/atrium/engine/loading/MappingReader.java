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
import dev.atrium.engine.mapping.RateLimit;
import dev.atrium.engine.mapping.RequestSpec;
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
        if (problems.size() > before) {
            return null;
        }
        return new Mapping(tool, root.path("label").asText(), root.path("category").asText(),
                root.path("description").asText(null), file, connection, http, streams, valueMaps, features);
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
        RateLimit rateLimit = null;
        if (node.has("rate_limit")) {
            rateLimit = new RateLimit(node.get("rate_limit").path("requests").asInt(),
                    Duration.ofSeconds(node.get("rate_limit").path("per_seconds").asLong()));
        }
        return new HttpSettings(baseUrl, headers, auth, timeout, retryPolicy, rateLimit,
                node.path("concurrency").asInt(1));
    }

    private AuthSpec auth(JsonNode node, Map<String, ConnectionField> connection) {
        return switch (node.path("type").asText()) {
            case "api_key" -> new AuthSpec.ApiKey(
                    AuthSpec.Placement.valueOf(node.path("in").asText().toUpperCase(Locale.ROOT)),
                    node.path("name").asText(),
                    template("/http/auth/value", node.path("value").asText(), connection, true));
            default -> new AuthSpec.None();
        };
    }

    private Map<String, StreamSpec> streams(JsonNode node, Map<String, ConnectionField> connection,
            Map<String, ValueMap> valueMaps) {
        Map<String, StreamSpec> streams = new LinkedHashMap<>();
        forEachField(node, (name, stream) -> {
            String pointer = YamlDocument.child("/streams", name);
            FanOut forEach = null;
            if (stream.has("for_each")) {
                JsonNode fanOut = stream.get("for_each");
                forEach = new FanOut(fanOut.path("stream").asText(), fanOut.path("as").asText());
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
                    templates(pointer + "/request/headers", request.path("headers"), connection, true));
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
                emits.add(new Emit(model, transform));
            }
            streams.put(name, new StreamSpec(name, forEach, requestSpec, paginate, records, emits));
        });
        return streams;
    }

    private PaginationSpec paginate(String pointer, JsonNode node) {
        if (node.isMissingNode() || "none".equals(node.path("type").asText())) {
            return new PaginationSpec.None();
        }
        Expression nextPage = node.has("next_page")
                ? expression(pointer + "/next_page", node.get("next_page").asText(), Map.of(), Map.of(), false)
                : null;
        return new PaginationSpec.PageNumber(
                node.path("param").asText(),
                node.path("start").asInt(1),
                node.path("size_param").asText(null),
                node.has("size") ? node.get("size").asInt() : null,
                nextPage,
                node.path("max_pages").asInt(100_000));
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
