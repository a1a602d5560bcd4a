package dev.atrium.engine.expressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.atrium.engine.ids.RecordIds;
import dev.atrium.engine.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ExpressionTest {

    private static final ValueMap STATUS = new ValueMap("status",
            Map.of("published", TextNode.valueOf("OPEN"), "draft", TextNode.valueOf("DRAFT")),
            ValueMap.Unmapped.KEEP, null, true);
    private static final Bindings BINDINGS = Bindings.of(new FunctionContext("sagehr:test", Map.of("status", STATUS)));

    private static JsonNode eval(String expression, String input) throws Exception {
        return Expression.compile(expression).evaluate(Json.parse(input), BINDINGS);
    }

    @Test
    void objectConstructorsLeaveOutUndefinedKeys() throws Exception {
        JsonNode out = eval("{\"name\": title, \"missing\": nothing}", "{\"title\": \"CEO\"}");
        assertEquals("{\"name\":\"CEO\"}", out.toString());
    }

    @Test
    void conditionsCastLikeJsonata() throws Exception {
        String input = "{\"stage\": {\"id\": 4}, \"empty\": {}, \"list\": [0, 1], \"zeros\": [0], \"n\": null, \"s\": \"\"}";
        assertEquals("yes", eval("stage ? \"yes\" : \"no\"", input).asText());
        assertEquals(4, eval("stage ? stage.id : null", input).asInt());
        assertEquals("no", eval("empty ? \"yes\" : \"no\"", input).asText());
        assertEquals("yes", eval("list ? \"yes\" : \"no\"", input).asText());
        assertEquals("no", eval("zeros ? \"yes\" : \"no\"", input).asText());
        assertEquals("no", eval("n ? \"yes\" : \"no\"", input).asText());
        assertEquals("no", eval("s ? \"yes\" : \"no\"", input).asText());
        assertEquals("no", eval("missing ? \"yes\" : \"no\"", input).asText());
        assertNull(eval("n ? \"yes\"", input));
        assertEquals("{\"a\":4}", eval("stage ? {\"a\": stage.id}", input).toString());
    }

    @Test
    void stringsAndFieldNamesReadTheSameWithOrWithoutEscapes() throws Exception {
        String input = "{\"first name\": \"Ada\", \"plain\": \"x\", \"list\": [{\"v\": 1}, {\"v\": 2}]}";
        assertEquals("Ada", eval("`first name`", input).asText());
        assertEquals("x", eval("plain", input).asText());
        assertEquals("[1,2]", eval("list.v", input).toString(), "a field of an array of objects");
        assertEquals("[[1,2],\"x\"]", eval("[[1, 2], plain]", input).toString(), "array handling after an id");
        assertEquals("it's", eval("'it\\'s'", input).asText());
        assertEquals("say \"hi\"", eval("\"say \\\"hi\\\"\"", input).asText());
        assertEquals("caf\u00e9", eval("\"caf\\u00e9\"", input).asText());
        assertEquals("two\nlines", eval("\"two\\nlines\"", input).asText());
        assertEquals("", eval("\"\"", input).asText());
        assertEquals("{\"a b\":\"x\"}", eval("{\"a b\": plain}", input).toString());
    }

    @Test
    void undefinedResultIsNull() throws Exception {
        assertNull(eval("nothing", "{}"));
    }

    @Test
    void joinsDescriptionBlocksWhetherThereAreOneOrMany() throws Exception {
        String expression = "$count(blocks) > 0 ? $join(blocks.(\"<h3>\" & title & \"</h3>\" & content), \"\") : null";
        assertEquals("<h3>A</h3>x", eval(expression, "{\"blocks\": [{\"title\": \"A\", \"content\": \"x\"}]}").asText());
        assertEquals("<h3>A</h3>x<h3>B</h3>y", eval(expression,
                "{\"blocks\": [{\"title\": \"A\", \"content\": \"x\"}, {\"title\": \"B\", \"content\": \"y\"}]}").asText());
        assertTrue(eval(expression, "{\"blocks\": []}").isNull());
        assertTrue(eval(expression, "{}").isNull());
    }

    @Test
    void idIsTheDeterministicRecordIdOfThisIntegration() throws Exception {
        assertEquals(RecordIds.of("sagehr:test", "jobs", "12"), eval("$id(\"jobs\", id)", "{\"id\": 12}").asText());
        assertEquals(RecordIds.of("sagehr:test", "jobs", "12"), eval("$id(\"jobs\", id)", "{\"id\": \"12\"}").asText());
        assertTrue(eval("$id(\"jobs\", id)", "{\"id\": null}").isNull());
    }

    @Test
    void valueMapLooksUpIgnoringCaseAndKeepsUnknownValues() throws Exception {
        assertEquals("OPEN", eval("$valueMap(\"status\", s)", "{\"s\": \"Published\"}").asText());
        assertEquals("weird", eval("$valueMap(\"status\", s)", "{\"s\": \"weird\"}").asText());
        assertEquals("[\"OPEN\",\"DRAFT\"]", eval("$valueMap(\"status\", s)", "{\"s\": [\"published\", \"draft\"]}").toString());
        assertTrue(eval("$valueMap(\"status\", s)", "{\"s\": null}").isNull());
    }

    @Test
    void unknownValueMapIsAnEvaluationError() {
        ExpressionException error = assertThrows(ExpressionException.class, () -> eval("$valueMap(\"nope\", s)", "{\"s\": 1}"));
        assertTrue(error.getMessage().contains("nope"), error.getMessage());
    }

    @Test
    void datetimeReadsVendorFormats() throws Exception {
        assertEquals("2020-10-15T10:58:57.000Z", eval("$datetime(v)", "{\"v\": \"2020-10-15 10:58:57+00:00\"}").asText());
        assertEquals("2020-10-15T08:58:57.000Z", eval("$datetime(v)", "{\"v\": \"2020-10-15T10:58:57+02:00\"}").asText());
        assertEquals("2020-10-15T10:58:57.123Z", eval("$datetime(v)", "{\"v\": \"2020-10-15T10:58:57.123Z\"}").asText());
        assertEquals("2019-09-01T00:00:00.000Z", eval("$datetime(v)", "{\"v\": \"2019-09-01\"}").asText());
        assertEquals("2024-03-05T00:00:00.000Z", eval("$datetime(v, \"MM/dd/yyyy\")", "{\"v\": \"03/05/2024\"}").asText());
        assertEquals("2024-03-05T13:30:00.000Z", eval("$datetime(v, \"yyyy-MM-dd hh:mm a\")", "{\"v\": \"2024-03-05 01:30 PM\"}").asText());
        assertEquals("2022-08-07T14:01:29.196Z", eval("$datetime(v)", "{\"v\": 1659880889196}").asText());
        assertTrue(eval("$datetime(v)", "{\"v\": null}").isNull());
        assertNull(eval("$datetime(v)", "{}"));
    }

    @Test
    void unreadableDateIsAnErrorNamingTheValue() {
        ExpressionException error = assertThrows(ExpressionException.class, () -> eval("$datetime(v)", "{\"v\": \"soon\"}"));
        assertTrue(error.getMessage().contains("soon"), error.getMessage());
    }

    @Test
    void variablesAreBoundByName() throws Exception {
        Bindings bindings = BINDINGS.with("position", Json.parse("{\"id\": 7}"));
        JsonNode out = Expression.compile("$position.id + id").evaluate(Json.parse("{\"id\": 1}"), bindings);
        assertEquals(8, out.asInt());
    }

    @Test
    void syntaxErrorsCarryTheirLine() {
        ExpressionException error = assertThrows(ExpressionException.class,
                () -> Expression.compile("{\n  \"a\": b,\n  \"c\": (d\n}"));
        assertTrue(error.line() >= 3, "line " + error.line() + ": " + error.getMessage());
    }

    @Test
    void oneCompiledExpressionServesManyThreadsAtOnce() throws Exception {
        Expression expression = Expression.compile("{\"n\": n * 2, \"id\": $id(\"jobs\", n), \"s\": $valueMap(\"status\", s)}");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    JsonNode out = expression.evaluate(Json.parse("{\"n\": " + n + ", \"s\": \"draft\"}"), BINDINGS);
                    return out.get("n").asInt() == n * 2
                            && out.get("id").asText().equals(RecordIds.of("sagehr:test", "jobs", Integer.toString(n)))
                            && out.get("s").asText().equals("DRAFT");
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
