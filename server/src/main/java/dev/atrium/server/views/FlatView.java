package dev.atrium.server.views;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.store.RecordQuery;
import dev.atrium.engine.store.StoredRecord;
import java.util.List;

/**
 * A list endpoint whose items are one sync model's records as they are, without nesting: roles, tags,
 * rejection reasons and the deprecated global application stages (which carry no index).
 */
public final class FlatView implements ListView {

    private final String endpoint;
    private final String model;
    private final List<String> fields;
    private final List<ListFilter> filters;

    private FlatView(String endpoint, String model, List<String> fields, List<ListFilter> filters) {
        this.endpoint = endpoint;
        this.model = model;
        this.fields = fields;
        this.filters = filters;
    }

    /** GET /v1/ats/application-stages: deprecated in Kombo, kept for clients that use it. */
    public static FlatView applicationStages() {
        return new FlatView("application-stages", "application_stages", List.of("id", "remote_id", "name",
                "remote_data"), List.of());
    }

    /** GET /v1/ats/roles, filtered by scope. */
    public static FlatView roles() {
        return new FlatView("roles", "roles", List.of("id", "remote_id", "remote_label", "scope", "unified_type",
                "remote_data"), List.of(ListFilter.keyInEnum("scopes", "roles", "scope", Enums.ROLE_SCOPES)));
    }

    /** GET /v1/ats/tags. */
    public static FlatView tags() {
        return new FlatView("tags", "tags", List.of("id", "remote_id", "name", "remote_data"), List.of());
    }

    /** GET /v1/ats/rejection-reasons. */
    public static FlatView rejectionReasons() {
        return new FlatView("rejection-reasons", "rejection_reasons", List.of("id", "remote_id", "name",
                "remote_data"), List.of());
    }

    @Override
    public String endpoint() {
        return endpoint;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public List<RecordQuery.Related> relatedChanges() {
        return List.of();
    }

    @Override
    public List<ListFilter> filters() {
        return filters;
    }

    @Override
    public List<ObjectNode> assemble(ViewReader reader, List<StoredRecord> page) {
        return page.stream().map(record -> {
            ObjectNode item = Projection.pick(record.content(), fields.toArray(String[]::new));
            ObjectNode timed = ViewReader.withTimes(record);
            item.set("changed_at", timed.get("changed_at"));
            item.set("remote_deleted_at", timed.get("remote_deleted_at"));
            return item;
        }).toList();
    }
}
