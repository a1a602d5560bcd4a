package dev.atrium.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.Engine;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.ApiKeyGrant;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.IntegrationField;
import dev.atrium.engine.store.MappedCustomField;
import dev.atrium.server.admin.CustomFieldAdmin;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Kombo's integration fields ({@code GET/PATCH /v1/integrations/{id}/integration-fields}: an integration's raw
 * fields and their passthrough) and custom fields ({@code GET/PUT /v1/integrations/{id}/custom-fields}: the
 * environment's definitions and this integration's mapping of each). Changes show in records after the next sync.
 */
final class FieldRoutes {

    private static final int MAX_INTEGRATION_FIELDS = 2000;
    private static final String INTEGRATION_FIELDS = "integration-fields";
    private static final String CUSTOM_FIELDS = "custom-fields";

    private final Engine engine;

    FieldRoutes(Engine engine) {
        this.engine = engine;
    }

    void mount(Router router, BiConsumer<RoutingContext, Function<RoutingContext, JsonNode>> blocking) {
        String integration = "/v1/integrations/:integration_id/";
        router.get(integration + INTEGRATION_FIELDS).handler(context -> blocking.accept(context,
                this::integrationFields));
        router.patch(integration + INTEGRATION_FIELDS + "/:integration_field_id").handler(context ->
                blocking.accept(context, this::passthrough));
        router.get(integration + CUSTOM_FIELDS).handler(context -> blocking.accept(context, this::customFields));
        router.put(integration + CUSTOM_FIELDS + "/:custom_field_id").handler(context -> blocking.accept(context,
                this::mapCustomField));
    }

    private JsonNode integrationFields(RoutingContext context) {
        Integration integration = integration(context);
        Page page = Page.of(context, INTEGRATION_FIELDS, MAX_INTEGRATION_FIELDS);
        List<IntegrationField> fields = engine.integrationFields().list(integration.id(), page.afterId(),
                page.size() + 1);
        return page.answer(fields, IntegrationField::id, FieldRoutes::describe);
    }

    private JsonNode passthrough(RoutingContext context) {
        Integration integration = integration(context);
        JsonNode enable = onlyField(ApiRequest.jsonBody(context), "enable_passthrough");
        if (!enable.isNull() && !enable.isBoolean()) {
            throw ApiException.invalid("enable_passthrough must be true, false or null");
        }
        String fieldId = context.pathParam("integration_field_id");
        IntegrationField field = (enable.isNull() ? engine.integrationFields().find(integration.id(), fieldId)
                : engine.integrationFields().setPassthrough(integration.id(), fieldId, enable.booleanValue()))
                .orElseThrow(() -> unknownIntegrationField("integration_field_id", fieldId, integration));
        return describe(field);
    }

    private JsonNode customFields(RoutingContext context) {
        Integration integration = integration(context);
        Page page = Page.of(context, CUSTOM_FIELDS, ListParameters.MAX_PAGE_SIZE);
        List<MappedCustomField> fields = engine.customFields().listMapped(integration.environmentId(),
                integration.id(), page.afterId(), page.size() + 1);
        return page.answer(fields, entry -> entry.field().id(), FieldRoutes::describe);
    }

    private JsonNode mapCustomField(RoutingContext context) {
        Integration integration = integration(context);
        JsonNode source = onlyField(ApiRequest.jsonBody(context), "integration_field_id");
        if (!source.isNull() && !source.isTextual()) {
            throw ApiException.invalid("integration_field_id must be an integration field's id or null");
        }
        String customFieldId = context.pathParam("custom_field_id");
        MappedCustomField target = engine.customFields().findMapped(integration.environmentId(), integration.id(),
                customFieldId).orElseThrow(() -> ApiException.invalid("custom_field_id: no custom field '"
                        + ListParameters.abbreviate(customFieldId) + "' in this environment"));
        String sourceId = null;
        if (!source.isNull()) {
            IntegrationField field = engine.integrationFields().find(integration.id(), source.textValue())
                    .orElseThrow(() -> unknownIntegrationField("integration_field_id", source.textValue(),
                            integration));
            if (!field.model().equals(target.field().model())) {
                throw ApiException.invalid("integration_field_id: field '" + field.key() + "' is a field of "
                        + field.model() + ", custom field '" + target.field().key() + "' one of "
                        + target.field().model());
            }
            sourceId = field.id();
        }
        engine.customFields().map(integration.id(), target.field().id(), sourceId);
        return describe(engine.customFields().findMapped(integration.environmentId(), integration.id(),
                target.field().id()).orElseThrow());
    }

    /** The path's integration, which must belong to the key's environment; its first sync need not be done. */
    private Integration integration(RoutingContext context) {
        ApiKeyGrant grant = ApiRequest.authenticateEnvironment(engine.environments(), context.request());
        return ApiRequest.integrationOf(engine.integrations(), grant, context.pathParam("integration_id"), true);
    }

    /** The one field a body must have (null allowed); any other field is refused, so a typo cannot pass as a no-op. */
    private static JsonNode onlyField(JsonNode body, String name) {
        Set<String> unknown = new TreeSet<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!field.equals(name)) {
                unknown.add(field);
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("unknown field" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + " in the request body; it takes " + name);
        }
        JsonNode value = body.get(name);
        if (value == null) {
            throw ApiException.invalid(name + " is required in the request body");
        }
        return value;
    }

    private static ApiException unknownIntegrationField(String parameter, String id, Integration integration) {
        return ApiException.invalid(parameter + ": integration " + integration.id() + " has no integration field '"
                + ListParameters.abbreviate(id) + "'");
    }

    /** Kombo's integration field item. */
    static ObjectNode describe(IntegrationField field) {
        ObjectNode out = Json.object();
        out.put("id", field.id());
        out.put("key", field.key());
        out.put("model", field.model());
        out.put("type", field.type());
        out.put("label", field.label());
        out.put("is_passthrough_enabled", field.passthroughEnabled());
        out.put("is_writable", field.writable());
        return out;
    }

    /** The definition as operators see it, with the integration field this integration fills it from. */
    static ObjectNode describe(MappedCustomField entry) {
        ObjectNode out = CustomFieldAdmin.describe(entry.field());
        IntegrationField source = entry.source();
        if (source == null) {
            out.putNull("integration_field");
        } else {
            out.putObject("integration_field").put("id", source.id()).put("key", source.key())
                    .put("type", source.type()).put("label", source.label());
        }
        return out;
    }

    /** A keyset page of one of these lists: its size, where it starts, and Kombo's {results, next, next_cursor}. */
    private record Page(String endpoint, String afterId, int size) {

        static Page of(RoutingContext context, String endpoint, int max) {
            ListParameters.checkNames(context.queryParams(), Set.of("cursor", "page_size"));
            int size = ListParameters.pageSize(ListParameters.single(context.queryParams(), "page_size"),
                    ListParameters.DEFAULT_PAGE_SIZE, max);
            String cursor = ListParameters.single(context.queryParams(), "cursor");
            return new Page(endpoint, cursor == null || cursor.isBlank() ? null : Cursor.decode(endpoint, cursor),
                    size);
        }

        /** The answer for up to {@code size + 1} rows read: the extra row only says there is a next page. */
        <T> ObjectNode answer(List<T> rows, Function<T, String> id, Function<T, ObjectNode> describe) {
            boolean more = rows.size() > size;
            List<T> shown = more ? rows.subList(0, size) : rows;
            ObjectNode data = Json.object();
            ArrayNode results = data.putArray("results");
            shown.forEach(row -> results.add(describe.apply(row)));
            String next = more ? Cursor.encode(endpoint, id.apply(shown.get(shown.size() - 1))) : null;
            data.put("next", next);
            // Kombo still sends the deprecated name of the same cursor on these two lists.
            data.put("next_cursor", next);
            return data;
        }
    }
}
