package dev.atrium.server.views;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.store.RecordQuery;
import dev.atrium.engine.store.StoredRecord;
import java.util.List;

/** GET /v1/ats/application-stages (deprecated in Kombo, kept for clients that use it): no index, no nesting. */
public final class ApplicationStagesView implements ListView {

    @Override
    public String endpoint() {
        return "application-stages";
    }

    @Override
    public String model() {
        return "application_stages";
    }

    @Override
    public List<RecordQuery.Related> relatedChanges() {
        return List.of();
    }

    @Override
    public List<ObjectNode> assemble(ViewReader reader, List<StoredRecord> page) {
        return page.stream().map(stage -> {
            ObjectNode item = Projection.pick(stage.content(), "id", "remote_id", "name", "remote_data");
            ObjectNode timed = ViewReader.withTimes(stage);
            item.set("changed_at", timed.get("changed_at"));
            item.set("remote_deleted_at", timed.get("remote_deleted_at"));
            return item;
        }).toList();
    }
}
