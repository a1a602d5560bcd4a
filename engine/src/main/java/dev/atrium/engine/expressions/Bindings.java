package dev.atrium.engine.expressions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The variables ($name) and the function context one evaluation sees. Immutable; `with` makes a copy. */
public final class Bindings {

    private final Map<String, JsonNode> variables;
    private final FunctionContext context;

    private Bindings(Map<String, JsonNode> variables, FunctionContext context) {
        this.variables = variables;
        this.context = context;
    }

    public static Bindings of(FunctionContext context) {
        return new Bindings(Map.of(), context);
    }

    /** A copy with one more variable; the name is given without the leading `$`. */
    public Bindings with(String name, JsonNode value) {
        Map<String, JsonNode> copy = new LinkedHashMap<>(variables);
        copy.put(name, value);
        return new Bindings(Map.copyOf(copy), context);
    }

    public Map<String, JsonNode> variables() {
        return variables;
    }

    public FunctionContext context() {
        return context;
    }
}
