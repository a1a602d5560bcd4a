package dev.atrium.engine.expressions;

import com.api.jsonata4java.expressions.generated.MappingExpressionParser.ArrayContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.Array_constructorContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.ConditionalContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.ExprContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.ExprOrSeqContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.Expr_to_eofContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.NullContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.Object_constructorContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.Op_orderbyContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.ParensContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.PathContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.To_arrayContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.Var_assignContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The objects a JSONata expression can return, read from its parse tree without evaluating it: the object
 * constructors in result position (through conditionals, blocks, path steps, filters and array constructors)
 * with their literal keys. What returns something else (a function call, a variable, a computed key) is
 * reported as unreadable, since no key can be promised for it.
 */
public final class ResultShapes {

    private static final int MAX_EXCERPT = 60;

    /**
     * One object constructor in result position.
     *
     * @param keys     every literal key, in source order
     * @param nullKeys the keys whose value is the literal {@code null}
     */
    public record Shape(Set<String> keys, Set<String> nullKeys) {

        public Shape {
            keys = Collections.unmodifiableSet(new LinkedHashSet<>(keys));
            nullKeys = Collections.unmodifiableSet(new LinkedHashSet<>(nullKeys));
        }

        /** The keys set to something other than a literal null. */
        public Set<String> valuedKeys() {
            Set<String> valued = new LinkedHashSet<>(keys);
            valued.removeAll(nullKeys);
            return valued;
        }
    }

    /**
     * @param shapes     the object constructors the expression can return
     * @param unreadable excerpts of the results that are not object constructors with literal keys
     */
    public record Analysis(List<Shape> shapes, List<String> unreadable) {

        public Analysis {
            shapes = List.copyOf(shapes);
            unreadable = List.copyOf(unreadable);
        }
    }

    private final List<Shape> shapes = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();

    private ResultShapes() {
    }

    /** Reads the shapes of an expression's results. */
    public static Analysis of(Expression expression) {
        ResultShapes reader = new ResultShapes();
        reader.result(expression.freshTree());
        return new Analysis(reader.shapes, reader.unreadable);
    }

    private void result(ParseTree node) {
        if (node instanceof Expr_to_eofContext root) {
            result(root.expr());
        } else if (node instanceof Object_constructorContext object) {
            constructor(object);
        } else if (node instanceof NullContext) {
            // Nothing: no record comes of it.
        } else if (node instanceof ConditionalContext conditional) {
            // No else branch gives nothing, like a literal null.
            result(conditional.expr(1));
            if (conditional.expr(2) != null) {
                result(conditional.expr(2));
            }
        } else if (node instanceof ParensContext block) {
            // A block's value is its last expression; an empty block gives nothing.
            if (!block.expr().isEmpty()) {
                result(block.expr(block.expr().size() - 1));
            }
        } else if (node instanceof PathContext path) {
            result(path.expr(1));
        } else if (node instanceof ArrayContext filtered) {
            result(filtered.expr(0));
        } else if (node instanceof To_arrayContext array) {
            result(array.expr());
        } else if (node instanceof Op_orderbyContext sorted) {
            result(sorted.expr());
        } else if (node instanceof Var_assignContext assignment && assignment.expr() != null) {
            result(assignment.expr());
        } else if (node instanceof Array_constructorContext array) {
            if (array.exprOrSeqList() != null) {
                for (ExprOrSeqContext element : array.exprOrSeqList().exprOrSeq()) {
                    result(element.expr() != null ? element.expr() : element);
                }
            }
        } else {
            unreadable.add(excerpt(node));
        }
    }

    private void constructor(Object_constructorContext object) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> nullKeys = new LinkedHashSet<>();
        if (object.fieldList() != null) {
            int count = object.fieldList().getChildCount();
            // Children come in fours: key, ':', value, ','.
            for (int i = 0; i + 2 < count; i += 4) {
                ParseTree key = object.fieldList().getChild(i);
                if (!(key instanceof TerminalNode)) {
                    unreadable.add("computed key " + excerpt(key));
                    continue;
                }
                String name = JsonataVisitor.unquote(key.getText());
                keys.add(name);
                if (isLiteralNull(object.fieldList().getChild(i + 2))) {
                    nullKeys.add(name);
                }
            }
        }
        shapes.add(new Shape(keys, nullKeys));
    }

    private static boolean isLiteralNull(ParseTree value) {
        if (value instanceof ParensContext block && block.expr().size() == 1) {
            return isLiteralNull(block.expr(0));
        }
        return value instanceof NullContext;
    }

    private static String excerpt(ParseTree node) {
        String text = node instanceof ExprContext expression ? expression.getText() : node.getText();
        return text.length() <= MAX_EXCERPT ? text : text.substring(0, MAX_EXCERPT) + "…";
    }
}
