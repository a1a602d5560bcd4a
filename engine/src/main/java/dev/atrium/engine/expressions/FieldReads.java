package dev.atrium.engine.expressions;

import com.api.jsonata4java.expressions.Expressions;
import com.api.jsonata4java.expressions.ParseException;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.ArrayContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.Context_refContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.DescendantContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.Field_valuesContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.IdContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.ObjectContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.Op_orderbyContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.PathContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.Root_pathContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.Var_assignContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.Var_recallContext;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Which fields of its input an expression may read, found from its parse tree without evaluating it: every field
 * name it mentions, at any depth (a name read only inside a nested object counts too, so this errs towards "read"),
 * or any field at all when it hands its input on whole ({@code $} in the input's own context, {@code $$}, or a
 * variable bound to either, other than as the start of a path, e.g. {@code $keys($)}) or walks it with {@code *}
 * or {@code **}. A {@code $} inside a path step, a filter or a sort is the item at hand there, not the input.
 *
 * @param anyField true when the expression may read fields it does not name
 */
public record FieldReads(Set<String> names, boolean anyField) {

    /** Reads nothing: the start of a union. */
    public static final FieldReads NONE = new FieldReads(Set.of(), false);

    public FieldReads {
        names = Set.copyOf(names);
    }

    /** The fields an expression may read. */
    public static FieldReads of(Expression expression) {
        ParseTree tree;
        try {
            tree = Expressions.parse(expression.source()).getTree();
        } catch (ParseException | IOException | RuntimeException e) {
            // It compiled when the mapping was loaded; if it cannot be read again, assume it reads everything.
            return new FieldReads(Set.of(), true);
        }
        Set<String> inputVariables = new HashSet<>();
        bindings(tree, inputVariables);
        Set<String> names = new HashSet<>();
        boolean[] anyField = {false};
        walk(tree, inputVariables, names, anyField);
        return new FieldReads(names, anyField[0]);
    }

    /** Whether a field of this name may be read. */
    public boolean reads(String field) {
        return anyField || names.contains(field);
    }

    /** What either expression may read. */
    public FieldReads and(FieldReads other) {
        Set<String> union = new HashSet<>(names);
        union.addAll(other.names);
        return new FieldReads(union, anyField || other.anyField);
    }

    /** The variables bound to the input itself ({@code $record := $}), whose paths read its fields. */
    private static void bindings(ParseTree node, Set<String> inputVariables) {
        if (node instanceof Var_assignContext && node.getChildCount() == 3 && isInput(node.getChild(2))) {
            inputVariables.add(node.getChild(0).getText());
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            bindings(node.getChild(i), inputVariables);
        }
    }

    private static void walk(ParseTree node, Set<String> inputVariables, Set<String> names, boolean[] anyField) {
        if (node instanceof IdContext) {
            names.add(unquote(node.getText()));
        } else if (node instanceof Field_valuesContext || node instanceof DescendantContext) {
            anyField[0] = true;
        } else if (handedOn(node, inputVariables)) {
            anyField[0] = true;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            walk(node.getChild(i), inputVariables, names, anyField);
        }
    }

    /** The input itself, used other than as the start of a path or as the value of a variable. */
    private static boolean handedOn(ParseTree node, Set<String> inputVariables) {
        boolean input = isInput(node)
                || node instanceof Var_recallContext && inputVariables.contains(node.getText());
        return input && !startsPath(node) && !(node.getParent() instanceof Var_assignContext);
    }

    /** {@code $$}, or {@code $} where the context is the expression's input. */
    private static boolean isInput(ParseTree node) {
        return node instanceof Root_pathContext || node instanceof Context_refContext && inInputContext(node);
    }

    /** Not inside a step of a path, a filter or a sort, where the context is the item at hand. */
    private static boolean inInputContext(ParseTree node) {
        for (ParseTree child = node, parent = node.getParent(); parent != null;
                child = parent, parent = parent.getParent()) {
            boolean scoped = parent instanceof PathContext || parent instanceof ArrayContext
                    || parent instanceof ObjectContext || parent instanceof Op_orderbyContext;
            if (scoped && parent.getChild(0) != child) {
                return false;
            }
        }
        return true;
    }

    /** {@code $.name}, {@code $$.name} or {@code $record.name}: only the named field is read. */
    private static boolean startsPath(ParseTree node) {
        return node.getParent() instanceof PathContext path && path.getChild(0) == node;
    }

    private static String unquote(String name) {
        int last = name.length() - 1;
        if (last >= 1 && name.charAt(0) == '`' && name.charAt(last) == '`') {
            return name.substring(1, last);
        }
        return name;
    }
}
