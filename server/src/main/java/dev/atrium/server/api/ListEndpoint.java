package dev.atrium.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.Engine;
import dev.atrium.engine.store.ApiKeyGrant;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.RecordQuery;
import dev.atrium.engine.store.StoredRecord;
import dev.atrium.engine.json.Json;
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
        Integration integration = ApiRequest.integration(engine.integrations(), grant, context.request());
        ListParameters parameters = ListParameters.parse(view.endpoint(), context.queryParams());
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
        List<StoredRecord> page = engine.records().list(new RecordQuery(integration.id(), view.model(),
                parameters.includeDeleted(), parameters.afterId(), parameters.pageSize() + 1, filters));
        boolean more = page.size() > parameters.pageSize();
        if (more) {
            page = page.subList(0, parameters.pageSize());
        }
        ObjectNode data = Json.object();
        data.put("next", more ? Cursor.encode(view.endpoint(), page.get(page.size() - 1).id()) : null);
        ArrayNode results = data.putArray("results");
        view.assemble(new ViewReader(engine.records(), integration.id()), page).forEach(results::add);
        return data;
    }
}
