package dev.atrium.engine.expressions;

import java.util.Map;

/**
 * What the engine's own JSONata functions need besides their arguments: the integration whose ids they
 * derive and the value maps of the mapping file being run.
 */
public record FunctionContext(String integrationId, Map<String, ValueMap> valueMaps) {

    public FunctionContext {
        valueMaps = Map.copyOf(valueMaps);
    }
}
