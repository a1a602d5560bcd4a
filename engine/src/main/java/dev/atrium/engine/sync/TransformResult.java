package dev.atrium.engine.sync;

import dev.atrium.engine.store.QuarantinedRecord;
import dev.atrium.engine.store.UnifiedRecord;
import java.util.List;

/** What the transforms of a stream made of some remote records: accepted records and quarantined ones. */
public record TransformResult(List<UnifiedRecord> records, List<QuarantinedRecord> quarantined) {

    public TransformResult {
        records = List.copyOf(records);
        quarantined = List.copyOf(quarantined);
    }
}
