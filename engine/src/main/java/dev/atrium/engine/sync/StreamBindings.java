package dev.atrium.engine.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.expressions.FunctionContext;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.mapping.ConnectionField;
import dev.atrium.engine.mapping.Mapping;
import java.util.Map;

/**
 * The variables expressions of a mapping see: {@code $connection} and {@code $integration}. Transforms get
 * the connection without its secret fields; HTTP templates (base URL, headers, auth) get all of it.
 */
public final class StreamBindings {

    private StreamBindings() {
    }

    /** Bindings for transforms, selectors and pagination expressions: no secrets. */
    public static Bindings forTransforms(Mapping mapping, String integrationId, Map<String, String> connection) {
        return base(mapping, integrationId, connection, false);
    }

    /** Bindings for HTTP templates, which need the credentials. */
    public static Bindings forRequests(Mapping mapping, String integrationId, Map<String, String> connection) {
        return base(mapping, integrationId, connection, true);
    }

    private static Bindings base(Mapping mapping, String integrationId, Map<String, String> connection,
            boolean withSecrets) {
        ObjectNode values = Json.object();
        for (ConnectionField field : mapping.connection().values()) {
            if (field.secret() && !withSecrets) {
                continue;
            }
            String value = connection.get(field.name());
            if (value == null) {
                values.putNull(field.name());
            } else {
                values.put(field.name(), value);
            }
        }
        ObjectNode integration = Json.object();
        integration.put("id", integrationId);
        integration.put("tool", mapping.tool());
        return Bindings.of(new FunctionContext(integrationId, mapping.valueMaps()))
                .with("connection", values)
                .with("integration", integration);
    }
}
