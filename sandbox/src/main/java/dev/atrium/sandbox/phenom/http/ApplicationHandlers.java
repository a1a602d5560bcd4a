package dev.atrium.sandbox.phenom.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.phenom.PhenomSimulator;
import dev.atrium.sandbox.phenom.model.Application;
import dev.atrium.sandbox.phenom.store.ApplyForm;
import dev.atrium.sandbox.phenom.store.ApplyOutcome;
import dev.atrium.sandbox.phenom.store.Applying;
import dev.atrium.sandbox.phenom.store.Page;
import dev.atrium.sandbox.phenom.store.PhenomStore;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The apply API (fact sheet 1.4): {@code GET /apply/v2/applications} paged by {@code offset/limit} in the
 * {@code {status, statusCode, statusMessage, data}} envelope, and {@code POST /apply/v2/applications}.
 */
final class ApplicationHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationHandlers.class);

    private final PhenomSimulator simulator;

    ApplicationHandlers(PhenomSimulator simulator) {
        this.simulator = simulator;
    }

    void list(RoutingContext ctx) {
        Optional<Params> page = Params.read(ctx, "offset", "limit", false, simulator.settings());
        if (page.isEmpty()) {
            return;
        }
        PhenomStore store = simulator.store();
        Page found = store.applications(page.get().start(), page.get().count());
        PhenomJson json = new PhenomJson(store.base());
        ArrayNode data = PhenomJson.MAPPER.createArrayNode();
        for (Application a : found.items()) {
            data.add(json.application(a, store.currentCandidate(a.candidateIndex())));
        }
        PhenomReplies.json(ctx, 200, envelope("200", "OK", data));
    }

    /** Keeps the application (and a new candidate) in the store; answers 201 with the stored application [G]. */
    void apply(RoutingContext ctx) {
        ApplyForm form;
        try {
            form = ApplyReader.read(ctx.body().asString());
        } catch (IllegalArgumentException e) {
            PhenomReplies.error(ctx, 400, e.getMessage());
            return;
        }
        PhenomStore store = simulator.store();
        ApplyOutcome outcome = new Applying(store).apply(form, simulator.settings().duplicateApplyStatus());
        if (!outcome.isCreated()) {
            PhenomReplies.error(ctx, outcome.status(), outcome.message());
            return;
        }
        LOG.atInfo().addKeyValue("application_id", outcome.application().applicationId())
                .addKeyValue("job_id", outcome.application().wireJobId())
                .addKeyValue("new_candidate", outcome.newCandidate()).log("phenom.applied");
        ObjectNode data = new PhenomJson(store.base()).application(outcome.application(), outcome.candidate());
        PhenomReplies.json(ctx, 201, envelope("201", "Created", data));
    }

    private static ObjectNode envelope(String code, String message, com.fasterxml.jackson.databind.JsonNode data) {
        ObjectNode body = PhenomJson.MAPPER.createObjectNode();
        body.put("status", "success");
        body.put("statusCode", code);
        body.put("statusMessage", message);
        body.set("data", data);
        return body;
    }
}
