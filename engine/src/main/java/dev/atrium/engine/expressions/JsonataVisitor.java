package dev.atrium.engine.expressions;

import com.api.jsonata4java.expressions.ExpressionsVisitor;
import com.api.jsonata4java.expressions.FrameEnvironment;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.ConditionalContext;
import com.api.jsonata4java.expressions.utils.BooleanUtils;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSONata4Java's evaluator with its conditional operator fixed: 2.6.x only casts booleans, numbers and
 * strings, and for any other condition (an object, an array, null) returns the condition itself instead of
 * a branch. `stage ? {...} : null` is everyday mapping code, so we cast like JSONata does.
 */
final class JsonataVisitor extends ExpressionsVisitor {

    JsonataVisitor(JsonNode input) {
        super(input, new FrameEnvironment(null));
    }

    @Override
    public JsonNode visitConditional(ConditionalContext ctx) {
        JsonNode condition = visit(ctx.expr(0));
        if (BooleanUtils.convertJsonNodeToBoolean(condition)) {
            return ctx.expr(1) == null ? null : visit(ctx.expr(1));
        }
        return ctx.expr(2) == null ? null : visit(ctx.expr(2));
    }
}
