package dev.atrium.server.views;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.store.RecordQuery;
import dev.atrium.engine.store.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** GET /v1/ats/offers: offers with their application's candidate and job (no application id inside). */
public final class OffersView implements ListView {

    @Override
    public String endpoint() {
        return "offers";
    }

    @Override
    public String model() {
        return "offers";
    }

    @Override
    public List<RecordQuery.Related> relatedChanges() {
        return List.of(new RecordQuery.Referenced("application_id", "applications"));
    }

    @Override
    public List<ObjectNode> assemble(ViewReader reader, List<StoredRecord> page) {
        ApplicationReferences applications = ApplicationReferences.of(reader, page);
        List<ObjectNode> items = new ArrayList<>();
        for (StoredRecord offer : page) {
            ObjectNode item = ViewReader.withTimes(offer);
            StoredRecord application = applications.application(offer);
            if (application == null) {
                item.set("application", JsonNodeFactory.instance.nullNode());
            } else {
                ObjectNode nested = item.putObject("application");
                nested.set("candidate", Projection.candidateReference(applications.candidate(application)));
                nested.set("job", Projection.jobReference(applications.job(application)));
            }
            items.add(item);
        }
        return items;
    }
}
