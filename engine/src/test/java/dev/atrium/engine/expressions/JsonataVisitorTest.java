package dev.atrium.engine.expressions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.api.jsonata4java.expressions.Expressions;
import com.api.jsonata4java.expressions.ExpressionsVisitor;
import com.api.jsonata4java.expressions.FrameEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.json.Json;
import java.util.List;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our evaluator builds field names, strings and object constructors itself (for speed) and must give exactly
 * what JSONata4Java gives: each expression here is evaluated by both and compared, errors included.
 */
class JsonataVisitorTest {

    private static final String INPUT = """
            {"id": 7, "name": "Ada", "first name": "A", "tags": [{"v": 1}, {"v": 2}], "empty": [],
             "nested": {"a": {"b": "deep"}}, "n": null, "x": 2.5, "list": [1, 2, 3]}
            """;

    static List<String> expressions() {
        return List.of(
                "{\"id\": id, \"name\": name}",
                "{\"missing\": nothing, \"kept\": id}",
                "{}",
                "{'single': name, \"double\": name}",
                "{\"a\\\"b\": id, \"tab\\tkey\": name}",
                "{\"caf\\u00e9\": name}",
                "{\"values\": tags.v, \"first\": tags[0].v}",
                "{\"outer\": {\"inner\": nested.a.b, \"list\": [id, name]}}",
                "{name: id}",
                "{\"k\": $string(id) & \":\" & name}",
                "{\"nums\": list.($ * 2), \"sum\": $sum(list)}",
                "{\"v\": $$.id, \"t\": tags.{\"v\": v}}",
                "{\"null\": n, \"x\": x}",
                "[[1, 2], name, tags.v]",
                "`first name`",
                "\"plain\" & 'single' & \"esc\\\"aped\"",
                "{\"f\": function($a) { $a + 1 }}",
                "{\"v\": $undefinedVariable}");
    }

    @ParameterizedTest
    @MethodSource("expressions")
    void givesWhatTheLibraryGives(String expression) throws Exception {
        JsonNode input = Json.parse(INPUT);
        ParseTree tree = Expressions.parse(expression).getTree();
        assertEquals(outcome(new ExpressionsVisitor(input, new FrameEnvironment(null)), tree),
                outcome(new JsonataVisitor(input), tree), expression);
    }

    private static String outcome(ExpressionsVisitor visitor, ParseTree tree) {
        try {
            JsonNode result = visitor.visit(tree);
            return result == null ? "undefined" : result.toString();
        } catch (RuntimeException e) {
            return "error: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
