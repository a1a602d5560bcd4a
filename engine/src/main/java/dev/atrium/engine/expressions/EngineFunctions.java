package dev.atrium.engine.expressions;

import com.api.jsonata4java.expressions.EvaluateRuntimeException;
import com.api.jsonata4java.expressions.ExpressionsVisitor;
import com.api.jsonata4java.expressions.functions.FunctionBase;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.ExprContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.Function_callContext;
import com.api.jsonata4java.expressions.utils.Constants;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.atrium.engine.ids.RecordIds;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The functions Atrium adds to JSONata for mapping files:
 * <ul>
 *   <li>{@code $id(model, remoteId)}: the Atrium id of a record of this integration;</li>
 *   <li>{@code $valueMap(name, value)}: looks a value (or each value of an array) up in a value map;</li>
 *   <li>{@code $datetime(value[, pattern[, zone]])}: any vendor date to ISO-8601 UTC with milliseconds;</li>
 *   <li>{@code $formatDatetime(value, pattern[, zone])}: an ISO-8601 time in a tool's own format, e.g. for
 *   {@code $since} in a search filter.</li>
 * </ul>
 * They read the integration and value maps from the evaluation in progress on the current thread.
 */
public final class EngineFunctions {

    /** The names a mapping may call, for load-time checks. */
    public static final Set<String> NAMES = Set.of("$id", "$valueMap", "$datetime", "$formatDatetime");

    private static final ThreadLocal<FunctionContext> CURRENT = new ThreadLocal<>();
    private static volatile boolean registered;
    private static final int MAX_PARSED_DATES = 50_000;
    private static final Map<String, String> PARSED_DATES = new ConcurrentHashMap<>();

    private EngineFunctions() {
    }

    static synchronized void register() {
        if (registered) {
            return;
        }
        Constants.FUNCTIONS.put("$id", new Function("$id", 2, 2, EngineFunctions::id));
        Constants.FUNCTIONS.put("$valueMap", new Function("$valueMap", 2, 2, EngineFunctions::valueMap));
        Constants.FUNCTIONS.put("$datetime", new Function("$datetime", 1, 3, EngineFunctions::datetime));
        Constants.FUNCTIONS.put("$formatDatetime", new Function("$formatDatetime", 2, 3,
                EngineFunctions::formatDatetime));
        registered = true;
    }

    static FunctionContext enter(FunctionContext context) {
        FunctionContext previous = CURRENT.get();
        CURRENT.set(context);
        return previous;
    }

    static void leave(FunctionContext previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    private static FunctionContext context(String function) {
        FunctionContext context = CURRENT.get();
        if (context == null) {
            throw new EvaluateRuntimeException(function + " can only run inside a mapping");
        }
        return context;
    }

    private static JsonNode id(List<JsonNode> args) {
        JsonNode model = args.get(0);
        JsonNode remoteId = args.get(1);
        if (model == null || !model.isTextual()) {
            throw new EvaluateRuntimeException("$id: the first argument must be a model name");
        }
        if (remoteId == null || remoteId.isNull()) {
            return remoteId;
        }
        if (!remoteId.isValueNode()) {
            throw new EvaluateRuntimeException("$id: the remote id must be a string or a number");
        }
        String integration = context("$id").integrationId();
        return TextNode.valueOf(RecordIds.of(integration, model.textValue(), scalarText(remoteId)));
    }

    private static JsonNode valueMap(List<JsonNode> args) {
        JsonNode name = args.get(0);
        if (name == null || !name.isTextual()) {
            throw new EvaluateRuntimeException("$valueMap: the first argument must be a value map name");
        }
        ValueMap map = context("$valueMap").valueMaps().get(name.textValue());
        if (map == null) {
            throw new EvaluateRuntimeException("$valueMap: no value map named '" + name.textValue() + "'");
        }
        JsonNode value = args.get(1);
        if (value == null) {
            return null;
        }
        if (value.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            value.forEach(element -> out.add(map.lookup(element)));
            return out;
        }
        return map.lookup(value);
    }

    private static JsonNode datetime(List<JsonNode> args) {
        JsonNode value = args.get(0);
        if (value == null || value.isNull()) {
            return value;
        }
        String pattern = args.size() > 1 && args.get(1) != null && !args.get(1).isNull() ? args.get(1).asText() : null;
        ZoneId zone = args.size() > 2 && args.get(2) != null ? ZoneId.of(args.get(2).asText()) : ZoneOffset.UTC;
        try {
            Instant instant;
            if (value.isNumber()) {
                instant = Timestamps.fromEpoch(value.decimalValue());
            } else if (value.isTextual()) {
                if (value.textValue().isBlank()) {
                    return JsonNodeFactory.instance.nullNode();
                }
                // Records repeat their dates (a day, a batch import): parse each text once per pattern and zone.
                String key = value.textValue() + '\u0000' + pattern + '\u0000' + zone.getId();
                String cached = PARSED_DATES.get(key);
                if (cached != null) {
                    return TextNode.valueOf(cached);
                }
                instant = Timestamps.parse(value.textValue(), pattern, zone);
                if (PARSED_DATES.size() >= MAX_PARSED_DATES) {
                    PARSED_DATES.clear();
                }
                PARSED_DATES.put(key, Timestamps.format(instant));
            } else {
                throw new EvaluateRuntimeException("$datetime: cannot read a " + value.getNodeType() + " as a date");
            }
            return TextNode.valueOf(Timestamps.format(instant));
        } catch (IllegalArgumentException e) {
            throw new EvaluateRuntimeException("$datetime: " + e.getMessage());
        }
    }

    private static JsonNode formatDatetime(List<JsonNode> args) {
        JsonNode value = args.get(0);
        if (value == null || value.isNull()) {
            return value;
        }
        if (args.get(1) == null || !args.get(1).isTextual()) {
            throw new EvaluateRuntimeException("$formatDatetime: the second argument must be a date pattern");
        }
        ZoneId zone = args.size() > 2 && args.get(2) != null ? ZoneId.of(args.get(2).asText()) : ZoneOffset.UTC;
        try {
            Instant instant = value.isNumber() ? Timestamps.fromEpoch(value.decimalValue())
                    : Timestamps.parse(value.asText(), null, ZoneOffset.UTC);
            return TextNode.valueOf(Timestamps.formatter(args.get(1).asText()).withZone(zone).format(instant));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new EvaluateRuntimeException("$formatDatetime: " + e.getMessage());
        }
    }

    private static String scalarText(JsonNode value) {
        if (value.isIntegralNumber() || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0)) {
            return value.decimalValue().toBigInteger().toString();
        }
        return value.asText();
    }

    /** Adapts a plain function of evaluated arguments to JSONata4Java's function interface. */
    private static final class Function extends FunctionBase {

        private final String name;
        private final int minArgs;
        private final int maxArgs;
        private final java.util.function.Function<List<JsonNode>, JsonNode> body;

        Function(String name, int minArgs, int maxArgs, java.util.function.Function<List<JsonNode>, JsonNode> body) {
            this.name = name;
            this.minArgs = minArgs;
            this.maxArgs = maxArgs;
            this.body = body;
        }

        @Override
        public JsonNode invoke(ExpressionsVisitor visitor, Function_callContext ctx) {
            List<JsonNode> args = new ArrayList<>();
            if (ctx.exprValues() != null && ctx.exprValues().exprList() != null) {
                for (ExprContext expr : ctx.exprValues().exprList().expr()) {
                    args.add(visitor.visit(expr));
                }
            }
            if (args.size() < minArgs || args.size() > maxArgs) {
                throw new EvaluateRuntimeException(name + " takes " + (minArgs == maxArgs ? minArgs
                        : minArgs + " to " + maxArgs) + " arguments, got " + args.size());
            }
            return body.apply(args);
        }

        @Override
        public int getMaxArgs() {
            return maxArgs;
        }

        @Override
        public int getMinArgs() {
            return minArgs;
        }

        @Override
        public String getSignature() {
            return "<x+:x>";
        }
    }

}
