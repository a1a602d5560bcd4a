package dev.atrium.sandbox.digitalrecruiters.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersSettings;
import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersSimulator;
import dev.atrium.sandbox.digitalrecruiters.model.Application;
import dev.atrium.sandbox.digitalrecruiters.store.ApplyCreation;
import dev.atrium.sandbox.digitalrecruiters.store.ApplyForm;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/candidate/apply/{token}} (fact sheet 3.2): one application to one ad, with at most one base64
 * file. 201 when complete, 202 when accepted with information missing; closed ads and repeated applications are
 * accepted without error, as the vendor reports neither.
 */
final class ApplyHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApplyHandler.class);

    private final DigitalRecruitersSimulator simulator;

    ApplyHandler(DigitalRecruitersSimulator simulator) {
        this.simulator = simulator;
    }

    void apply(RoutingContext ctx) {
        DigitalRecruitersSettings settings = simulator.settings();
        if (!FeedHandler.pathTokenMatches(ctx, simulator.credentials().applyToken(), settings)) {
            return;
        }
        JsonNode body;
        try {
            body = ctx.body().buffer() == null ? null : JsonReplies.MAPPER.readTree(ctx.body().buffer().getBytes());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            DrReplies.error(ctx, 400, "The request body must be a JSON object.");
            return;
        }
        JsonNode profile = body.path("ApplicationProfile");
        String problem = problem(body, profile);
        if (problem != null) {
            DrReplies.error(ctx, 400, problem);
            return;
        }
        JsonNode file = body.get("file");
        boolean hasFile = file != null && file.isObject();
        ApplyForm form = new ApplyForm(body.get("reference").asText(), text(profile, "firstName"), text(profile, "lastName"),
                text(profile, "email"), text(profile, "phoneNumber"), gender(profile.get("gender")), text(profile, "job"),
                text(profile, "addressStreet"), text(profile, "addressZip"), text(profile, "addressCity"),
                text(body, "locale"), text(body, "s_o"), text(body.path("ApplicationMessage"), "message"),
                hasFile ? text(file, "name") : null);
        Optional<Application> created = new ApplyCreation(simulator.store()).apply(form);
        if (created.isEmpty()) {
            DrReplies.error(ctx, 404, "Job ad not found");
            return;
        }
        int status = !hasFile && settings.acceptedWithoutFile() ? 202 : 201;
        LOG.atInfo().addKeyValue("status", status).addKeyValue("with_file", hasFile).log("digitalrecruiters.applied");
        ObjectNode reply = JsonReplies.MAPPER.createObjectNode();
        if (settings.applyResponseId()) {
            reply.put("id", created.get().id());
        }
        JsonReplies.send(ctx, status, reply);
    }

    /** Why the body is refused, or null. Only one file travels, as one object. */
    private static String problem(JsonNode body, JsonNode profile) {
        if (!body.path("reference").isTextual() || body.get("reference").asText().isBlank()) {
            return "reference is required: applications always go to a job ad.";
        }
        if (!profile.isObject()) {
            return "ApplicationProfile is required.";
        }
        for (String field : new String[] {"firstName", "lastName", "email"}) {
            if (text(profile, field) == null) {
                return "ApplicationProfile." + field + " is required.";
            }
        }
        if (!text(profile, "email").matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return "ApplicationProfile.email is not a valid email address.";
        }
        JsonNode file = body.get("file");
        if (file != null && !file.isNull()) {
            if (!file.isObject()) {
                return "file must be one object {name, content}.";
            }
            if (text(file, "name") == null || text(file, "content") == null) {
                return "file needs a name and a base64 content.";
            }
            try {
                Base64.getDecoder().decode(text(file, "content").replaceAll("\\s", ""));
            } catch (IllegalArgumentException e) {
                return "file.content is not valid base64.";
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
    }

    /** 1 (male) and 2 (female) are the only known values; anything else is dropped. */
    private static Integer gender(JsonNode value) {
        if (value == null || !(value.isInt() || value.isTextual())) {
            return null;
        }
        String g = value.asText().trim();
        return g.equals("1") || g.equals("2") ? Integer.valueOf(g) : null;
    }
}
