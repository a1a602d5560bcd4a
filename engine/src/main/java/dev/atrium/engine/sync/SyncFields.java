package dev.atrium.engine.sync;

import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.engine.store.IntegrationFieldStore;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sync's part in integration and custom fields: it reads the integration's selection when it starts and
 * stores the raw keys it saw when it ends (in one transaction, whatever the number of records).
 */
public final class SyncFields {

    private static final Logger LOG = LoggerFactory.getLogger(SyncFields.class);

    private final IntegrationFieldStore store;
    private final ModelCatalog models;

    public SyncFields(IntegrationFieldStore store, ModelCatalog models) {
        this.store = store;
        this.models = models;
    }

    /** What the integration selected, by sync model. */
    FieldSelection selection(String integrationId) {
        return FieldSelection.of(store.selection(integrationId), models);
    }

    /**
     * Stores the keys a sync saw, also when it failed part-way (what it read is still what the tool sends). Never
     * throws: the records are stored already, and the next sync sees the keys again.
     */
    void recordSeen(String integrationId, Mapping mapping, RawFieldKeys keys) {
        try {
            List<IntegrationFieldStore.Seen> seen = keys.seen(mapping, models);
            store.recordSeen(integrationId, seen, System.currentTimeMillis());
            LOG.atDebug().addKeyValue("integration", integrationId).addKeyValue("fields", seen.size())
                    .log("sync.integration_fields_recorded");
        } catch (RuntimeException e) {
            LOG.atWarn().addKeyValue("integration", integrationId).addKeyValue("error", e.getMessage())
                    .log("sync.integration_fields_not_recorded");
        }
    }
}
