package dev.atrium.server.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.server.api.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The API reference as one self-contained HTML page, rendered on the server from the OpenAPI document:
 * operations grouped by tag, with their parameters, request bodies, response fields and error codes. It
 * loads nothing from elsewhere (no script, font or stylesheet), so it works offline.
 */
final class ApiReferencePage {

    private static final String STYLE = """
            body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1d2330;display:flex}
            nav{width:290px;flex:none;height:100vh;overflow:auto;position:sticky;top:0;background:#f4f5f8;\
            padding:16px;box-sizing:border-box;font-size:13px}
            nav h2{font-size:12px;text-transform:uppercase;color:#667;margin:18px 0 6px}
            nav ul{list-style:none;margin:0;padding:0}nav li{margin:3px 0}nav a{color:inherit;text-decoration:none}
            main{flex:1;min-width:0;max-width:1000px;padding:16px 40px 80px}
            article{border-top:1px solid #dde;padding-top:10px;margin-top:28px}
            h3{font-size:17px;margin:4px 0}h4{margin:16px 0 4px;font-size:14px}
            code{font:13px ui-monospace,monospace;background:#f0f1f4;padding:1px 4px;border-radius:3px}
            table{border-collapse:collapse;width:100%;font-size:13px;margin:4px 0}
            th,td{text-align:left;vertical-align:top;border-bottom:1px solid #e6e7ec;padding:4px 8px}
            th{color:#556;font-weight:600}td:first-child{white-space:nowrap}
            .m{display:inline-block;min-width:52px;font:bold 11px ui-monospace,monospace;color:#fff;\
            border-radius:3px;padding:2px 4px;text-align:center;margin-right:6px}
            .get{background:#2f7d32}.post{background:#1f5fa8}.put{background:#a86b1f}.patch{background:#7a4fa8}\
            .delete{background:#a8321f}
            .note{color:#667;font-size:13px}.tag{font-size:11px;border:1px solid #99a;border-radius:3px;padding:0 4px}
            """;

    private final JsonNode document;
    private final StringBuilder html = new StringBuilder();

    private ApiReferencePage(JsonNode document) {
        this.document = document;
    }

    static String render(JsonNode document) {
        return new ApiReferencePage(document).page();
    }

    private String page() {
        Map<String, List<Operation>> byTag = operationsByTag();
        String title = document.path("info").path("title").asText("API");
        html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>").append(Prose.escape(title)).append(" reference</title><style>").append(STYLE)
                .append("</style></head><body><nav><strong>").append(Prose.escape(title)).append("</strong>");
        byTag.forEach((tag, operations) -> {
            html.append("<h2>").append(Prose.escape(tag)).append("</h2><ul>");
            for (Operation operation : operations) {
                html.append("<li><a href=\"#").append(operation.anchor()).append("\">").append(badge(operation.method))
                        .append(Prose.escape(operation.path)).append("</a></li>");
            }
            html.append("</ul>");
        });
        html.append("<h2>Errors</h2><ul><li><a href=\"#errors\">Envelope and codes</a></li></ul></nav><main>");
        intro(title);
        byTag.forEach((tag, operations) -> {
            html.append("<section id=\"").append(anchor("tag", tag)).append("\"><h2>").append(Prose.escape(tag))
                    .append("</h2>").append(Prose.html(tagDescription(tag)));
            operations.forEach(this::operation);
            html.append("</section>");
        });
        errors();
        return html.append("</main></body></html>").toString();
    }

    private void intro(String title) {
        JsonNode info = document.path("info");
        String base = document.path("servers").path(0).path("url").asText("");
        html.append("<h1>").append(Prose.escape(title)).append("</h1><p class=\"note\">Version ")
                .append(Prose.escape(info.path("version").asText())).append(" · paths below are relative to <code>")
                .append(Prose.escape(base)).append("</code> · machine-readable: <a href=\"").append(Prose.escape(base))
                .append("/openapi.json\">OpenAPI 3.1 document</a></p>")
                .append(Prose.html(info.path("description").asText("")));
    }

    private void operation(Operation operation) {
        JsonNode op = operation.node;
        html.append("<article id=\"").append(operation.anchor()).append("\"><h3>").append(badge(operation.method))
                .append("<code>").append(Prose.escape(operation.path)).append("</code></h3><p><strong>")
                .append(Prose.escape(op.path("summary").asText())).append("</strong>");
        if (op.path("deprecated").asBoolean(false)) {
            html.append(" <span class=\"tag\">deprecated</span>");
        }
        html.append(" <span class=\"note\">").append(Prose.escape(op.path("operationId").asText()))
                .append(secured(op) ? " · API key" : " · no API key").append("</span></p>")
                .append(Prose.html(op.path("description").asText("")));
        parameters(op);
        JsonNode body = op.path("requestBody");
        if (!body.isMissingNode()) {
            html.append("<h4>Request body").append(body.path("required").asBoolean(false) ? "" : " (optional)")
                    .append("</h4>");
            fields(body.path("content").path("application/json").path("schema"));
        }
        JsonNode success = resolve(op.path("responses").path("200"));
        html.append("<h4>Response: HTTP 200</h4>").append(Prose.html(success.path("description").asText("")));
        success.path("content").fields().forEachRemaining(content -> {
            if (content.getKey().equals("application/json")) {
                fields(content.getValue().path("schema"));
            } else {
                html.append("<p class=\"note\">").append(Prose.escape(content.getKey())).append("</p>");
            }
        });
        if (op.path("responses").has("default")) {
            boolean ats = op.at("/responses/default/$ref").asText().endsWith("ErrorAts");
            html.append("<h4>Errors</h4><p class=\"note\">The <a href=\"#errors\">error envelope</a> with one of the ")
                    .append(ats ? "ATS" : "general").append(" codes; HTTP 429 <code>PLATFORM.RATE_LIMIT_EXCEEDED</code>")
                    .append(" with <code>Retry-After</code> above the rate limit.</p>");
        }
        html.append("</article>");
    }

    private void parameters(JsonNode op) {
        if (op.path("parameters").isEmpty()) {
            return;
        }
        html.append("<h4>Parameters</h4><table><tr><th>Name</th><th>In</th><th>Type</th><th>Description</th></tr>");
        for (JsonNode reference : op.path("parameters")) {
            JsonNode parameter = resolve(reference);
            JsonNode schema = parameter.path("schema");
            html.append("<tr><td><code>").append(Prose.escape(parameter.path("name").asText())).append("</code>")
                    .append(parameter.path("required").asBoolean(false) ? " <span class=\"tag\">required</span>" : "")
                    .append(parameter.path("deprecated").asBoolean(false) ? " <span class=\"tag\">deprecated</span>" : "")
                    .append("</td><td>").append(Prose.escape(parameter.path("in").asText())).append("</td><td>")
                    .append(Prose.escape(SchemaFields.typeOf(schema, document)))
                    .append("array".equals(schema.path("type").asText()) ? " (comma-separated)" : "")
                    .append("</td><td>").append(Prose.inline(parameter.path("description").asText("")))
                    .append(values(schemaValues(schema)));
            if (schema.has("default")) {
                html.append(" Default <code>").append(Prose.escape(schema.get("default").asText())).append("</code>.");
            }
            if (schema.has("minimum") || schema.has("maximum")) {
                html.append(" From ").append(schema.path("minimum").asText("")).append(" to ")
                        .append(schema.path("maximum").asText("")).append(".");
            }
            html.append("</td></tr>");
        }
        html.append("</table>");
    }

    private void fields(JsonNode schema) {
        List<SchemaFields.Row> rows = SchemaFields.of(schema, document);
        if (rows.isEmpty()) {
            html.append("<p class=\"note\">").append(Prose.escape(SchemaFields.typeOf(schema, document)))
                    .append("</p>");
            return;
        }
        html.append("<table><tr><th>Field</th><th>Type</th><th>Description</th></tr>");
        for (SchemaFields.Row row : rows) {
            html.append("<tr><td><code>").append(Prose.escape(row.path())).append("</code></td><td>")
                    .append(Prose.escape(row.type())).append(row.optional() ? " <span class=\"note\">optional</span>" : "")
                    .append(row.deprecated() ? " <span class=\"tag\">deprecated</span>" : "").append("</td><td>")
                    .append(Prose.inline(row.description()));
            if (!row.values().isEmpty()) {
                html.append(row.open() ? " Usual values (others are passed through): " : " One of: ")
                        .append(codes(row.values())).append(".");
            }
            html.append("</td></tr>");
        }
        html.append("</table>");
    }

    /** The error envelope and both closed code lists, with Atrium's HTTP status and title where it uses a code. */
    private void errors() {
        JsonNode schemas = document.path("components").path("schemas");
        html.append("<section id=\"errors\"><h2>Errors</h2><p>Every answer but HTTP 200 has this body; branch on")
                .append(" <code>error.code</code>, not on the message or the HTTP status.</p>");
        fields(schemas.path("ErrorResponse"));
        Map<String, ErrorCode> used = new LinkedHashMap<>();
        for (ErrorCode code : ErrorCode.values()) {
            used.put(code.code(), code);
        }
        html.append("<h4>Codes</h4><table><tr><th>Code</th><th>Endpoints</th><th>HTTP status</th><th>Title</th></tr>");
        List<String> general = new ArrayList<>();
        schemas.at("/ErrorResponseGeneral/properties/error/properties/code/enum").forEach(c -> general.add(c.asText()));
        for (JsonNode value : schemas.at("/ErrorResponse/properties/error/properties/code/enum")) {
            if (value.isNull()) {
                continue;
            }
            ErrorCode code = used.get(value.asText());
            html.append("<tr><td><code>").append(Prose.escape(value.asText())).append("</code></td><td>")
                    .append(general.contains(value.asText()) ? "all" : "ATS").append("</td><td>")
                    .append(code == null ? "" : code.status()).append("</td><td>")
                    .append(code == null ? "<span class=\"note\">not answered by Atrium today</span>"
                            : Prose.escape(code.title()))
                    .append("</td></tr>");
        }
        html.append("</table></section>");
    }

    /** Operations in the order of the document's tags, then of its paths. */
    private Map<String, List<Operation>> operationsByTag() {
        Map<String, List<Operation>> byTag = new LinkedHashMap<>();
        document.path("tags").forEach(tag -> byTag.put(tag.path("name").asText(), new ArrayList<>()));
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (OpenApiDocument.METHODS.contains(op.getKey())) {
                String tag = op.getValue().path("tags").path(0).asText("Other");
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(new Operation(op.getKey(), path.getKey(),
                        op.getValue()));
            }
        }));
        byTag.values().removeIf(List::isEmpty);
        return byTag;
    }

    private String tagDescription(String name) {
        for (JsonNode tag : document.path("tags")) {
            if (tag.path("name").asText().equals(name)) {
                return tag.path("description").asText("");
            }
        }
        return "";
    }

    private boolean secured(JsonNode op) {
        JsonNode security = op.has("security") ? op.get("security") : document.path("security");
        return !security.isEmpty();
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
    }

    private List<String> schemaValues(JsonNode schema) {
        JsonNode resolved = resolve(schema.has("items") ? schema.get("items") : schema);
        List<String> values = new ArrayList<>();
        resolved.path("enum").forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String values(List<String> values) {
        return values.isEmpty() ? "" : " One of: " + codes(values) + ".";
    }

    private static String codes(List<String> values) {
        List<String> shown = new ArrayList<>();
        values.forEach(value -> shown.add("<code>" + Prose.escape(value) + "</code>"));
        return String.join(", ", shown);
    }

    private static String badge(String method) {
        return "<span class=\"m " + method + "\">" + method.toUpperCase(Locale.ROOT) + "</span>";
    }

    private static String anchor(String kind, String name) {
        return kind + "-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** One operation of the document. */
    private record Operation(String method, String path, JsonNode node) {

        String anchor() {
            return Prose.escape(node.path("operationId").asText(method + path));
        }
    }
}
