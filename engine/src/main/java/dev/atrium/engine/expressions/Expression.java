package dev.atrium.engine.expressions;

import com.api.jsonata4java.expressions.EvaluateRuntimeException;
import com.api.jsonata4java.expressions.Expressions;
import com.api.jsonata4java.expressions.ExpressionsVisitor;
import com.api.jsonata4java.expressions.ParseException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * A compiled JSONata expression. JSONata4Java's evaluation is not thread-safe, so an evaluation borrows a parse
 * tree no other evaluation is using (compiling another from the source, checked once at load, when all are
 * busy) and gets its own visitor. Trees outlive the threads that used them: a sync's short-lived fan-out
 * threads would otherwise compile every expression again.
 */
public final class Expression {

    /** Guards against runaway expressions in a mapping: generous for any real transform. */
    private static final long TIMEOUT_MS = 10_000;
    private static final int MAX_DEPTH = 1_000;
    private static final Pattern ANTLR_POSITION = Pattern.compile("line (\\d+):(\\d+)");
    private static final Pattern TOKEN_DUMP = Pattern.compile(" at \\[@[^\\]]*\\]");

    static {
        EngineFunctions.register();
    }

    private final String source;
    /** Idle parse trees; at most as many as evaluations ever ran at once. */
    private final Queue<ParseTree> trees = new ConcurrentLinkedQueue<>();

    private Expression(String source, ParseTree first) {
        this.source = source;
        this.trees.add(first);
    }

    /** Compiles an expression, or throws {@link ExpressionException} with the position of the first error. */
    public static Expression compile(String source) {
        return new Expression(source, parse(source));
    }

    public String source() {
        return source;
    }

    /** A parse tree of its own, for reading the expression's structure (never shared with evaluations). */
    ParseTree freshTree() {
        return parse(source);
    }

    /** Evaluates against an input; returns null when JSONata's result is undefined (no match). */
    public JsonNode evaluate(JsonNode input, Bindings bindings) {
        FunctionContext previous = EngineFunctions.enter(bindings.context());
        try {
            ExpressionsVisitor visitor = new JsonataVisitor(input);
            for (Map.Entry<String, JsonNode> variable : bindings.variables().entrySet()) {
                visitor.setVariable("$" + variable.getKey(), variable.getValue());
            }
            visitor.timeboxExpression(TIMEOUT_MS, MAX_DEPTH);
            ParseTree tree = trees.poll();
            if (tree == null) {
                tree = parse(source);
            }
            try {
                return visitor.visit(tree);
            } finally {
                trees.add(tree);
            }
        } catch (EvaluateRuntimeException e) {
            throw new ExpressionException(e.getMessage(), e);
        } catch (ExpressionException e) {
            throw e;
        } catch (RuntimeException e) {
            // JSONata4Java signals some evaluation errors with plain runtime exceptions.
            throw new ExpressionException(String.valueOf(e.getMessage()), e);
        } finally {
            EngineFunctions.leave(previous);
        }
    }

    private static ParseTree parse(String source) {
        try {
            return Expressions.parse(source).getTree();
        } catch (ParseException | EvaluateRuntimeException e) {
            throw syntaxError(e.getMessage());
        } catch (IOException e) {
            throw new ExpressionException("cannot read expression: " + e.getMessage(), e);
        }
    }

    private static ExpressionException syntaxError(String message) {
        // ANTLR appends a token dump ("at [@5,10:10='}',<20>,1:10]") that helps no mapping author.
        String text = message == null ? "syntax error" : TOKEN_DUMP.matcher(message.trim()).replaceAll("");
        Matcher position = ANTLR_POSITION.matcher(text);
        if (position.find()) {
            return new ExpressionException("JSONata syntax error: " + text, Integer.parseInt(position.group(1)),
                    Integer.parseInt(position.group(2)));
        }
        return new ExpressionException("JSONata syntax error: " + text, 0, 0);
    }

    @Override
    public String toString() {
        return source;
    }
}
