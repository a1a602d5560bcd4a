package dev.atrium.sandbox.icims.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.icims.IcimsSimulator;
import dev.atrium.sandbox.icims.model.Form;
import dev.atrium.sandbox.icims.model.Question;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * The iForms API (fact sheet A3.4, A7.6): {@code GET /forms} and {@code /forms/list} list the forms open to web
 * services; {@code GET /forms/{formname}/meta} gives a form's questions {@code q1..qN}. An unknown form is
 * 404, an archived one 403, as documented. The exact layout of the meta answer is a guess.
 */
final class FormHandlers {

    private final IcimsSimulator simulator;

    FormHandlers(IcimsSimulator simulator) {
        this.simulator = simulator;
    }

    void list(RoutingContext ctx) {
        ObjectNode out = JsonReplies.MAPPER.createObjectNode();
        ArrayNode forms = out.putArray("forms");
        for (Form f : simulator.store().base().forms()) {
            if (!f.archived()) {
                forms.addObject().put("id", f.id()).put("formname", f.name()).put("type", f.type())
                        .put("displayName", f.displayName()).put("standardizedLevel", f.standardizedLevel())
                        .put("isPublicAnswers", f.publicAnswers());
            }
        }
        JsonReplies.send(ctx, 200, out);
    }

    void meta(RoutingContext ctx) {
        String name = ctx.pathParam("formname");
        Optional<Form> form = simulator.store().base().forms().stream().filter(f -> f.name().equals(name)).findFirst();
        if (form.isEmpty()) {
            IcimsReplies.notFound(ctx, "Form " + name);
            return;
        }
        if (form.get().archived()) {
            IcimsReplies.error(ctx, 403, 3, "Form " + name + " is disabled or archived.");
            return;
        }
        Form f = form.get();
        ObjectNode out = JsonReplies.MAPPER.createObjectNode().put("id", f.id()).put("formname", f.name())
                .put("displayName", f.displayName());
        ObjectNode questions = out.putObject("questions");
        for (Question q : f.questions()) {
            ObjectNode n = questions.putObject(q.key()).put("type", q.type()).put("required", q.required())
                    .put("label", q.label()).put("data", q.data());
            if (!q.options().isEmpty()) {
                ArrayNode options = n.putArray("options");
                q.options().forEach(o -> options.add(IcimsJson.node(o)));
            }
        }
        JsonReplies.send(ctx, 200, out);
    }
}
