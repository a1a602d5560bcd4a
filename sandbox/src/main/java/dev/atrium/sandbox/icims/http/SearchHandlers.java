package dev.atrium.sandbox.icims.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.icims.IcimsSettings;
import dev.atrium.sandbox.icims.IcimsSimulator;
import dev.atrium.sandbox.icims.model.Job;
import dev.atrium.sandbox.icims.search.IcimsSearchTypes;
import dev.atrium.sandbox.icims.search.SearchDates;
import dev.atrium.sandbox.icims.search.SearchException;
import dev.atrium.sandbox.icims.search.SearchQuery;
import dev.atrium.sandbox.icims.search.SearchRunner;
import dev.atrium.sandbox.icims.search.SearchType;
import dev.atrium.sandbox.icims.store.IcimsStore;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The Search API ({@code POST /search/{type}} or {@code GET ?searchJson=}) answering ids only, and the Job
 * Portal search answering the posted jobs (fact sheet A4).
 */
final class SearchHandlers {

    private final IcimsSimulator simulator;

    SearchHandlers(IcimsSimulator simulator) {
        this.simulator = simulator;
    }

    void search(RoutingContext ctx) {
        IcimsStore store = simulator.store();
        IcimsSettings s = simulator.settings();
        switch (ctx.pathParam("type")) {
            case "people" -> answer(ctx, "people", IcimsSearchTypes.people(), store.personIdRanges(), store::person);
            case "jobs" -> answer(ctx, "jobs", IcimsSearchTypes.jobs(s.portalName()), jobRanges(store), store::job);
            case "applicantworkflows" -> answer(ctx, "applicantworkflows", IcimsSearchTypes.workflows(store),
                    store.workflowIdRanges(), store::workflow);
            default -> IcimsReplies.notFound(ctx, "Search type");
        }
    }

    /** Posted jobs of the portal, with the public URL and the camelCase keys the portal API uses. */
    void portal(RoutingContext ctx) {
        IcimsSettings s = simulator.settings();
        String portal = ctx.pathParam("portal");
        if (!portal.equalsIgnoreCase(s.portalName())) {
            IcimsReplies.notFound(ctx, "Portal");
            return;
        }
        IcimsStore store = simulator.store();
        LongFunction<Optional<Job>> posted = id -> store.job(id).filter(Job::posted);
        List<Long> ids;
        try {
            JsonNode body = body(ctx, true);
            SearchQuery<Job> query = body == null ? null : SearchQuery.parse(body, IcimsSearchTypes.jobs(s.portalName()));
            ids = query == null ? SearchRunner.run(allJobs(), jobRanges(store), posted, s.maxSearchResults())
                    : SearchRunner.run(query, jobRanges(store), posted, s.maxSearchResults());
        } catch (SearchException e) {
            IcimsReplies.error(ctx, s.searchErrorStatus(), 0, e.getMessage());
            return;
        }
        ObjectNode out = JsonReplies.MAPPER.createObjectNode();
        ArrayNode results = out.putArray("searchResults");
        String root = IcimsVendorRoutes.root(ctx);
        for (long id : ids) {
            Job job = store.job(id).orElseThrow();
            String slug = job.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            results.addObject().put("portalUrl", "https://careers-" + simulator.credentials().customerId()
                    + ".icims.com/jobs/" + id + "/" + slug + "/job")
                    .put("self", root + "/portals/" + s.portalName() + "/" + id).put("id", id)
                    .put("updatedDate", SearchDates.format(job.updated()));
        }
        JsonReplies.send(ctx, 200, out);
    }

    private <T> void answer(RoutingContext ctx, String type, SearchType<T> searchType, long[][] ranges,
            LongFunction<Optional<T>> lookup) {
        IcimsSettings s = simulator.settings();
        List<Long> ids;
        try {
            ids = SearchRunner.run(SearchQuery.parse(body(ctx, false), searchType), ranges, lookup, s.maxSearchResults());
        } catch (SearchException e) {
            IcimsReplies.error(ctx, s.searchErrorStatus(), 0, e.getMessage());
            return;
        }
        ObjectNode out = JsonReplies.MAPPER.createObjectNode();
        ArrayNode results = out.putArray("searchResults");
        String root = IcimsVendorRoutes.root(ctx);
        for (long id : ids) {
            results.addObject().put("id", id).put("self", root + "/" + type + "/" + id);
        }
        JsonReplies.send(ctx, 200, out);
    }

    /** The filter body: POSTed JSON or the {@code searchJson} parameter; null only when optional and absent. */
    private static JsonNode body(RoutingContext ctx, boolean optional) throws SearchException {
        String raw = ctx.request().method().name().equals("POST") ? ctx.body().asString() : ctx.request().getParam("searchJson");
        if (raw == null || raw.isBlank()) {
            if (optional) {
                return null;
            }
            throw new SearchException("At least one filter must be specified");
        }
        try {
            return JsonReplies.MAPPER.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new SearchException("An unknown parsing error occurred");
        }
    }

    private static SearchQuery<Job> allJobs() throws SearchException {
        return SearchQuery.parse(JsonReplies.MAPPER.createObjectNode().set("filters", JsonReplies.MAPPER.createArrayNode()
                .add(JsonReplies.MAPPER.createObjectNode().put("name", "job.id").put("operator", ">")
                        .set("value", JsonReplies.MAPPER.createArrayNode().add("0")))), IcimsSearchTypes.jobs(""));
    }

    private static long[][] jobRanges(IcimsStore store) {
        long first = dev.atrium.sandbox.icims.generate.IcimsDataset.JOB_BASE;
        return new long[][] {{first, first + store.base().jobs().size()}};
    }
}
