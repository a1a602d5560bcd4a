package dev.atrium.engine.loading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML file read into a Jackson tree, remembering the line of every node so that problems found later
 * (schema violations, bad expressions) can point at the line that caused them.
 */
public final class YamlDocument {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;
    private final Map<String, Integer> lines;
    private final Map<String, Boolean> blockScalars;
    private final List<Problem> problems;

    private YamlDocument(JsonNode root, Map<String, Integer> lines, Map<String, Boolean> blockScalars,
            List<Problem> problems) {
        this.root = root;
        this.lines = lines;
        this.blockScalars = blockScalars;
        this.problems = problems;
    }

    /** A problem found while reading, at a JSON pointer. */
    public record Problem(String pointer, int line, String message) {
    }

    /** Reads a document; syntax errors and duplicate keys are reported, never thrown. */
    public static YamlDocument parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit(10 * 1024 * 1024);
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Boolean> blockScalars = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        try {
            Node node = new Yaml(options).compose(new StringReader(text));
            if (node == null) {
                problems.add(new Problem("", 1, "the file is empty"));
                return new YamlDocument(NODES.objectNode(), lines, blockScalars, problems);
            }
            JsonNode root = new Converter(lines, blockScalars, problems).convert(node, "");
            return new YamlDocument(root, lines, blockScalars, problems);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            problems.add(new Problem("", line, "YAML syntax error: " + e.getProblem()));
            return new YamlDocument(NODES.objectNode(), lines, blockScalars, problems);
        } catch (RuntimeException e) {
            problems.add(new Problem("", 1, "cannot read YAML: " + e.getMessage()));
            return new YamlDocument(NODES.objectNode(), lines, blockScalars, problems);
        }
    }

    public JsonNode root() {
        return root;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The 1-based line of the node at a JSON pointer, or of its nearest ancestor that has one. */
    public int lineOf(String pointer) {
        String current = pointer;
        while (true) {
            Integer line = lines.get(current);
            if (line != null) {
                return line;
            }
            if (current.isEmpty()) {
                return 1;
            }
            int slash = current.lastIndexOf('/');
            current = slash <= 0 ? "" : current.substring(0, slash);
        }
    }

    /** Line where the text of a scalar starts: block scalars (| and >) begin on the line after their marker. */
    public int contentLineOf(String pointer) {
        return lineOf(pointer) + (Boolean.TRUE.equals(blockScalars.get(pointer)) ? 1 : 0);
    }

    /** JSON pointer of a child property. */
    public static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** JSON pointer of an array element. */
    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** A pointer as people read it: streams.jobs.paginate.type. */
    public static String dotted(String pointer) {
        if (pointer.isEmpty() || pointer.equals("/")) {
            return "(top level)";
        }
        return String.join(".", pointer.substring(1).split("/", -1)).replace("~1", "/").replace("~0", "~");
    }

    /** Turns SnakeYAML nodes into Jackson nodes. */
    private static final class Converter {

        private final Map<String, Integer> lines;
        private final Map<String, Boolean> blockScalars;
        private final List<Problem> problems;
        private int nodes;

        Converter(Map<String, Integer> lines, Map<String, Boolean> blockScalars, List<Problem> problems) {
            this.lines = lines;
            this.blockScalars = blockScalars;
            this.problems = problems;
        }

        JsonNode convert(Node node, String pointer) {
            if (++nodes > 1_000_000) {
                throw new IllegalStateException("the document is too large (aliases expanding without end?)");
            }
            lines.put(pointer, node.getStartMark().getLine() + 1);
            if (node instanceof MappingNode mapping) {
                ObjectNode object = NODES.objectNode();
                for (NodeTuple tuple : mapping.getValue()) {
                    if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                        problems.add(new Problem(pointer, tuple.getKeyNode().getStartMark().getLine() + 1,
                                "keys must be plain text"));
                        continue;
                    }
                    String key = keyNode.getValue();
                    String childPointer = child(pointer, key);
                    if (object.has(key)) {
                        problems.add(new Problem(childPointer, keyNode.getStartMark().getLine() + 1,
                                "duplicate key '" + key + "'"));
                        continue;
                    }
                    object.set(key, convert(tuple.getValueNode(), childPointer));
                    lines.put(childPointer, keyNode.getStartMark().getLine() + 1);
                }
                return object;
            }
            if (node instanceof SequenceNode sequence) {
                ArrayNode array = NODES.arrayNode();
                List<Node> items = sequence.getValue();
                for (int i = 0; i < items.size(); i++) {
                    array.add(convert(items.get(i), child(pointer, i)));
                }
                return array;
            }
            ScalarNode scalar = (ScalarNode) node;
            blockScalars.put(pointer, scalar.getScalarStyle().getChar() != null
                    && (scalar.getScalarStyle().getChar() == '|' || scalar.getScalarStyle().getChar() == '>'));
            return scalar(scalar);
        }

        private static JsonNode scalar(ScalarNode scalar) {
            String value = scalar.getValue();
            Tag tag = scalar.getTag();
            if (Tag.NULL.equals(tag)) {
                return NODES.nullNode();
            }
            if (Tag.BOOL.equals(tag)) {
                return NODES.booleanNode(isTrue(value));
            }
            if (Tag.INT.equals(tag)) {
                try {
                    return NODES.numberNode(new BigInteger(value.replace("_", "")));
                } catch (NumberFormatException e) {
                    return NODES.textNode(value);
                }
            }
            if (Tag.FLOAT.equals(tag)) {
                try {
                    return NODES.numberNode(new BigDecimal(value.replace("_", "")));
                } catch (NumberFormatException e) {
                    return NODES.textNode(value);
                }
            }
            return NODES.textNode(value);
        }

        private static boolean isTrue(String value) {
            return switch (value.toLowerCase()) {
                case "true", "yes", "on", "y" -> true;
                default -> false;
            };
        }
    }
}
