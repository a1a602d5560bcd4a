package dev.atrium.server.views;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.store.RecordQuery;
import dev.atrium.engine.store.StoredRecord;
import java.util.List;

/**
 * One list endpoint of the Kombo v1 API: which sync model it lists, which related data counts as a change
 * for {@code updated_after}, and how a page of records becomes the nested Kombo shapes.
 */
public interface ListView {

    /** The path segment under /v1/ats, e.g. jobs. */
    String endpoint();

    /** The sync model whose records are listed. */
    String model();

    /** Related records whose change also matches {@code updated_after} (the contract's per-endpoint rules). */
    List<RecordQuery.Related> relatedChanges();

    /** The query parameters this endpoint takes beyond the common ones (contract §3), none by default. */
    default List<ListFilter> filters() {
        return List.of();
    }

    /** The Kombo items of one page, in the page's order; nested data is read in a few batched queries. */
    List<ObjectNode> assemble(ViewReader reader, List<StoredRecord> page);
}
