package dev.atrium.engine.expressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atrium.engine.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

    private final Bindings bindings = Bindings.of(new FunctionContext("t:1", Map.of()));

    @Test
    void rendersExpressionPartsBetweenLiterals() throws Exception {
        Template template = Template.compile("https://{$connection.subdomain}.sage.hr/api");
        Bindings withConnection = bindings.with("connection", Json.parse("{\"subdomain\": \"acme\"}"));
        assertEquals("https://acme.sage.hr/api", template.render(withConnection));
        assertFalse(template.isConstant());
    }

    @Test
    void numbersRenderWithoutDecimals() throws Exception {
        Template template = Template.compile("/positions/{$p.id}/applicants");
        assertEquals("/positions/2902504/applicants",
                template.render(bindings.with("p", Json.parse("{\"id\": 2902504}"))));
    }

    @Test
    void missingValueRendersToNull() {
        assertNull(Template.compile("/x/{$nothing}").render(bindings));
    }

    @Test
    void doubledBracesAreLiteral() {
        Template template = Template.compile("{{literal}}");
        assertTrue(template.isConstant());
        assertEquals("{literal}", template.render(bindings));
    }

    @Test
    void bracesInsideTheExpressionDoNotEndIt() {
        assertEquals("a-b", Template.compile("{ {\"x\": \"a-b\"}.x }").render(bindings));
    }

    @Test
    void unclosedBraceIsACompileError() {
        assertThrows(ExpressionException.class, () -> Template.compile("/x/{$p.id"));
    }
}
