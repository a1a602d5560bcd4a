package dev.atrium.sandbox.digitalrecruiters.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersSettings;
import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersSimulator;
import dev.atrium.sandbox.digitalrecruiters.auth.TokenPair;
import dev.atrium.sandbox.digitalrecruiters.model.Application;
import dev.atrium.sandbox.digitalrecruiters.model.JobAd;
import dev.atrium.sandbox.digitalrecruiters.store.ApplicationPage;
import dev.atrium.sandbox.digitalrecruiters.store.DigitalRecruitersStore;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The public API v1 operations (fact sheet 3.3): login, refresh, the applications export and CV downloads. */
final class PublicApiHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(PublicApiHandlers.class);

    private final DigitalRecruitersSimulator simulator;

    PublicApiHandlers(DigitalRecruitersSimulator simulator) {
        this.simulator = simulator;
    }

    /** The docs name the field {@code email}, client code sends {@code username}: both are accepted. */
    void login(RoutingContext ctx) {
        JsonNode body = jsonBody(ctx);
        String email = body == null ? null : text(body, body.has("email") ? "email" : "username");
        String password = body == null ? null : text(body, "password");
        answer(ctx, simulator.tokens().login(email, password, simulator.settings().accessTokenTtlSeconds(),
                System.nanoTime(), System.currentTimeMillis() / 1000), DrReplies.INVALID_CREDENTIALS);
    }

    void refresh(RoutingContext ctx) {
        JsonNode body = jsonBody(ctx);
        String refreshToken = body == null ? null : text(body, body.has("token") ? "token" : "refresh_token");
        answer(ctx, simulator.tokens().refresh(refreshToken, simulator.settings().accessTokenTtlSeconds(),
                System.nanoTime(), System.currentTimeMillis() / 1000), "Invalid refresh token");
    }

    private static void answer(RoutingContext ctx, Optional<TokenPair> pair, String refusal) {
        if (pair.isEmpty()) {
            LOG.atInfo().addKeyValue("path", ctx.normalizedPath()).log("digitalrecruiters.auth_refused");
            DrReplies.error(ctx, 401, refusal);
            return;
        }
        JsonReplies.send(ctx, 200, JsonReplies.MAPPER.createObjectNode().put("token", pair.get().token())
                .put("refresh_token", pair.get().refreshToken()));
    }

    /** {@code GET job-applications/detailed?jobAd&sort&limit&page}: {@code {data: {items, links: {next}}}}. */
    void applications(RoutingContext ctx) {
        DigitalRecruitersSettings settings = simulator.settings();
        ApplicationQuery query;
        try {
            query = ApplicationQuery.parse(ctx, settings);
        } catch (IllegalArgumentException e) {
            DrReplies.error(ctx, 400, e.getMessage());
            return;
        }
        DigitalRecruitersStore store = simulator.store();
        int jobIndex = -1;
        if (query.jobAdId() != null) {
            Optional<JobAd> ad = store.adById(query.jobAdId());
            if (ad.isEmpty()) {
                send(ctx, JsonReplies.MAPPER.createArrayNode(), null);
                return;
            }
            jobIndex = ad.get().index();
        }
        ApplicationPage page;
        try {
            page = query.page(store, jobIndex);
        } catch (IllegalStateException e) {
            DrReplies.error(ctx, 400, e.getMessage());
            return;
        }
        String cvBase = query.origin() + DigitalRecruitersSimulator.BASE_PATH + "/public/v1/job-applications/";
        ArrayNode items = JsonReplies.MAPPER.createArrayNode();
        for (Application a : page.items()) {
            items.add(ApplicationJson.item(a, store.adOf(a), settings, cvBase));
        }
        boolean more = query.offset() + page.items().size() < page.total() && !page.items().isEmpty();
        send(ctx, items, more ? query.nextUrl() : null);
    }

    private static void send(RoutingContext ctx, ArrayNode items, String next) {
        ObjectNode body = JsonReplies.MAPPER.createObjectNode();
        ObjectNode data = body.putObject("data");
        data.set("items", items);
        data.putObject("links").put("next", next);
        JsonReplies.send(ctx, 200, body);
    }

    /** The CV an application's {@code cv.url} points at, behind the same bearer token. */
    void cv(RoutingContext ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            DrReplies.notFound(ctx);
            return;
        }
        Optional<Application> a = simulator.store().application(id);
        if (a.isEmpty() || a.get().cvFileName() == null) {
            DrReplies.notFound(ctx);
            return;
        }
        String pdf = "%PDF-1.4\n% CV of application " + id + "\n%%EOF\n";
        ctx.response().setStatusCode(200).putHeader("Content-Type", "application/pdf")
                .putHeader("Content-Disposition", "attachment; filename=\"" + a.get().cvFileName() + "\"")
                .end(io.vertx.core.buffer.Buffer.buffer(pdf.getBytes(StandardCharsets.US_ASCII)));
    }

    private static JsonNode jsonBody(RoutingContext ctx) {
        try {
            JsonNode body = ctx.body().buffer() == null ? null : JsonReplies.MAPPER.readTree(ctx.body().buffer().getBytes());
            return body != null && body.isObject() ? body : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }
}
