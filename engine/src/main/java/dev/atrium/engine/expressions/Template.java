package dev.atrium.engine.expressions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A string with JSONata parts in braces, e.g. {@code /recruitment/positions/{$position.id}/applicants} or
 * {@code https://{$connection.subdomain}.example.com/api}. {@code {{} and {@code }}} stand for literal braces.
 */
public final class Template {

    private sealed interface Part permits Literal, Hole {
    }

    private record Literal(String text) implements Part {
    }

    private record Hole(Expression expression) implements Part {
    }

    private final String source;
    private final List<Part> parts;

    private Template(String source, List<Part> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
    }

    /** Compiles every part; throws {@link ExpressionException} for an unclosed brace or bad JSONata. */
    public static Template compile(String source) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '{' && i + 1 < source.length() && source.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < source.length() && source.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '{') {
                int close = closingBrace(source, i);
                if (close < 0) {
                    throw new ExpressionException("unclosed '{' at position " + i + " in template '" + source + "'", 0, i);
                }
                if (!literal.isEmpty()) {
                    parts.add(new Literal(literal.toString()));
                    literal.setLength(0);
                }
                parts.add(new Hole(Expression.compile(source.substring(i + 1, close))));
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
        }
        return new Template(source, parts);
    }

    public String source() {
        return source;
    }

    /** True when the template has no expression part. */
    public boolean isConstant() {
        return parts.stream().allMatch(part -> part instanceof Literal);
    }

    /** The JSONata sources of the parts, for load-time checks. */
    public List<String> expressionSources() {
        return parts.stream().filter(part -> part instanceof Hole)
                .map(part -> ((Hole) part).expression().source()).toList();
    }

    /**
     * Renders the template; returns null when a part has no value (undefined or null), so an optional
     * query parameter or header can be left out. A part that yields an object or array is an error.
     */
    public String render(Bindings bindings) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                out.append(literal.text());
            } else {
                Expression expression = ((Hole) part).expression();
                JsonNode value = expression.evaluate(null, bindings);
                if (value == null || value.isNull()) {
                    return null;
                }
                if (value.isContainerNode()) {
                    throw new ExpressionException("template part {" + expression.source()
                            + "} gave a " + value.getNodeType().name().toLowerCase() + ", not a text or number", null);
                }
                out.append(scalar(value));
            }
        }
        return out.toString();
    }

    private static String scalar(JsonNode value) {
        if (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0) {
            return value.decimalValue().toBigInteger().toString();
        }
        return value.asText();
    }

    private static int closingBrace(String source, int open) {
        // JSONata itself uses braces (object constructors) and strings; track both to find the matching one.
        int depth = 0;
        char quote = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return source;
    }
}
