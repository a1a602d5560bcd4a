package dev.atrium.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.Engine;
import dev.atrium.engine.store.ApiKeyGrant;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.RecordQuery;
import dev.atrium.engine.store.RecordStore;
import dev.atrium.engine.store.StoredRecord;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.mapping.MappingCoverage;
import dev.atrium.server.views.ListFilter;
import dev.atrium.server.views.ListView;
import dev.atrium.server.views.ViewReader;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;

/** Serves one list endpoint: checks, keyset query of one page (plus one record to know if more follow), views. */
public final class ListEndpoint {

    private final Engine engine;
    private final ListView view;

    public ListEndpoint(Engine engine, ListView view) {
        this.engine = engine;
        this.view = view;
    }

    /** Runs on a worker thread; returns the {@code data} of the success envelope. */
    public ObjectNode handle(RoutingContext context) {
        ApiKeyGrant grant = ApiRequest.authenticateEnvironment(engine.environments(), context.request());
        Integration integration = ApiRequest.integrationOf(engine.integrations(), grant,
                ApiRequest.integrationHeader(context.request()), true);
        MappingCoverage coverage = engine.coverage(integration.tool());
        if (!coverage.providesModel(view.model())) {
            throw new ApiException(ErrorCode.MODEL_NOT_AVAILABLE, "the " + view.endpoint() + " model is not"
                    + " available for " + integration.tool() + " integrations: its connector does not read it");
        }
        ApiRequest.requireFirstSync(integration);
        ListParameters parameters = ListParameters.parse(view.endpoint(), context.queryParams(), view.filters());
        List<RecordQuery.Filter> filters = new ArrayList<>();
        if (!parameters.ids().isEmpty()) {
            filters.add(new RecordQuery.IdIn(parameters.ids()));
        }
        if (!parameters.remoteIds().isEmpty()) {
            filters.add(new RecordQuery.RemoteIdIn(parameters.remoteIds()));
        }
        if (parameters.updatedAfter() != null) {
            filters.add(new RecordQuery.ChangedAfter(parameters.updatedAfter().toEpochMilli(), view.relatedChanges()));
        }
        for (ListParameters.Applied applied : parameters.filters()) {
            ListFilter declaration = applied.declaration();
            if (coverage.providesField(declaration.model(), declaration.field())) {
                filters.add(applied.filter());
            } else if (!parameters.ignoreUnsupportedFilters()) {
                // The contract: a filter the tool cannot support matches nothing, unless the caller opts out.
                return page(null, List.of());
            }
        }
        List<StoredRecord> page = engine.records().list(new RecordQuery(integration.id(), view.model(),
                parameters.includeDeleted(), parameters.afterId(), parameters.pageSize() + 1, filters),
                RecordStore.RemoteData.RAW_JSON);
        boolean more = page.size() > parameters.pageSize();
        if (more) {
            page = page.subList(0, parameters.pageSize());
        }
        return page(more ? Cursor.encode(view.endpoint(), page.get(page.size() - 1).id()) : null,
                view.assemble(new ViewReader(engine.records(), integration.id()), page));
    }

    private static ObjectNode page(String next, List<ObjectNode> items) {
        ObjectNode data = Json.object();
        data.put("next", next);
        ArrayNode results = data.putArray("results");
        items.forEach(results::add);
        return data;
    }
}
