package dev.atrium.engine.expressions;

import com.api.jsonata4java.expressions.Expressions;
import com.api.jsonata4java.expressions.ParseException;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.Context_refContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.DescendantContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.Field_valuesContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.IdContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.PathContext;
import com.api.jsonata4java.expressions.generated.MappingExpressionParser.Root_pathContext;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Which fields of its input an expression may read, found from its parse tree without evaluating it: every field
 * name it mentions, at any depth (a name read only inside a nested object counts too, so this errs towards "read"),
 * or any field at all when it hands the input on whole ({@code $} or {@code $$} other than as the start of a path,
 * e.g. {@code $keys($)}) or walks it with {@code *} or {@code **}.
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
        Set<String> names = new HashSet<>();
        boolean[] anyField = {false};
        walk(tree, names, anyField);
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

    private static void walk(ParseTree node, Set<String> names, boolean[] anyField) {
        if (node instanceof IdContext) {
            names.add(unquote(node.getText()));
        } else if (node instanceof Field_valuesContext || node instanceof DescendantContext) {
            anyField[0] = true;
        } else if ((node instanceof Context_refContext || node instanceof Root_pathContext) && !startsPath(node)) {
            anyField[0] = true;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            walk(node.getChild(i), names, anyField);
        }
    }

    /** {@code $.name} or {@code $$.name}: the input itself is not handed on, only the named field. */
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
