package dev.atrium.engine.expressions;

import com.api.jsonata4java.expressions.ExpressionsVisitor;
import com.api.jsonata4java.expressions.FrameEnvironment;
import com.api.jsonata4java.expressions.EvaluateRuntimeException;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.ConditionalContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.ExprContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.FieldListContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.Function_declContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.IdContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.Object_constructorContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.StringContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.Var_recallContext;
import com.api.jsonata4java.expressions.utils.BooleanUtils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;

/**
 * JSONata4Java's evaluator with two corrections:
 * <ul>
 * <li>its conditional operator: 2.6.x only casts booleans, numbers and strings, and for any other condition (an
 * object, an array, null) returns the condition itself instead of a branch. {@code stage ? {...} : null} is
 * everyday mapping code, so we cast like JSONata does;</li>
 * <li>field names, string literals and object keys: 2.6.x unescapes their text as JSON on every evaluation, a
 * large share of a sync's transform time. Text without backslashes, nearly all of it, unescapes to itself (less
 * its quotes), so it is used as is; anything else still goes through the library's own unescaping. Object
 * constructors with literal keys are built here for that reason, the way the library builds them; any other
 * constructor (computed keys, function declarations or variables as values) is left to the library.</li>
 * </ul>
 */
final class JsonataVisitor extends ExpressionsVisitor {

    /** The library's own bookkeeping of the last node kind visited, which its array handling reads. */
    private static final VarHandle LAST_VISITED;
    /** The library's field lookup (package-private), which also handles arrays of objects. */
    private static final MethodHandle LOOKUP;
    /** The library's unescaping of names and strings (private), for text with escapes. */
    private static final MethodHandle SANITISE;

    static {
        try {
            MethodHandles.Lookup library = MethodHandles.privateLookupIn(ExpressionsVisitor.class, MethodHandles.lookup());
            LAST_VISITED = library.findVarHandle(ExpressionsVisitor.class, "lastVisited", String.class);
            LOOKUP = library.findVirtual(ExpressionsVisitor.class, "lookup",
                    MethodType.methodType(JsonNode.class, JsonNode.class, String.class));
            SANITISE = library.findStatic(ExpressionsVisitor.class, "sanitise",
                    MethodType.methodType(String.class, String.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

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

    @Override
    public JsonNode visitId(IdContext ctx) {
        String name = ctx.ID().getText();
        if (!name.isEmpty() && (isQuote(name.charAt(0)) || name.indexOf('\\') >= 0)) {
            return super.visitId(ctx);
        }
        JsonNode result = null;
        FrameEnvironment environment = getEnvironment();
        if (!environment.isEmptyContext()) {
            JsonNode context = environment.peekContext();
            if (context != null) {
                result = lookup(context, name);
            }
        }
        LAST_VISITED.set((ExpressionsVisitor) this, "visitId");
        return result;
    }

    @Override
    public JsonNode visitString(StringContext ctx) {
        String text = ctx.getText();
        int last = text.length() - 1;
        if (last < 1 || !isQuote(text.charAt(0)) || text.charAt(last) != text.charAt(0) || text.indexOf('\\') >= 0) {
            return super.visitString(ctx);
        }
        LAST_VISITED.set((ExpressionsVisitor) this, "visitString");
        return TextNode.valueOf(text.substring(1, last));
    }

    @Override
    public JsonNode visitObject_constructor(Object_constructorContext ctx) {
        FieldListContext fields = ctx.fieldList();
        if (fields == null) {
            return super.visitObject_constructor(ctx);
        }
        int count = fields.getChildCount();
        // Children come in fours: key, ':', value, ','. Anything unusual goes to the library.
        for (int i = 0; i < count; i += 4) {
            ParseTree value = i + 2 < count ? fields.getChild(i + 2) : null;
            if (!(fields.getChild(i) instanceof TerminalNode) || !(value instanceof ExprContext)
                    || value instanceof Function_declContext || value instanceof Var_recallContext) {
                return super.visitObject_constructor(ctx);
            }
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < count; i += 4) {
            String key = unquote(fields.getChild(i).getText());
            JsonNode value = visit(fields.getChild(i + 2));
            if (value != null && value.isDouble() && (Double.isNaN(value.asDouble())
                    || Double.isInfinite(value.asDouble()))) {
                throw new EvaluateRuntimeException("Number out of range: null");
            }
            if (value != null) {
                object.set(key, value);
            }
        }
        LAST_VISITED.set((ExpressionsVisitor) this, "visitObject_constructor");
        return object;
    }

    /** A quoted literal's text: quotes removed, escapes resolved (by the library when there are any). */
    static String unquote(String text) {
        int last = text.length() - 1;
        if (last >= 1 && isQuote(text.charAt(0)) && text.charAt(last) == text.charAt(0)
                && text.indexOf('\\') < 0) {
            return text.substring(1, last);
        }
        try {
            return (String) SANITISE.invokeExact(text);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode lookup(JsonNode context, String name) {
        try {
            return (JsonNode) LOOKUP.invokeExact((ExpressionsVisitor) this, context, name);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '`';
    }
}
