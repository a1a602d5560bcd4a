package dev.atrium.engine.paging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.http.RemoteException;
import dev.atrium.engine.mapping.PaginationSpec;

/**
 * Keyset by id for search APIs capped at a page size and sorted by id (e.g. at most 1000 ids, ascending):
 * after a full page, the same request is made with {@code $page.after} set to that page's last key.
 */
final class KeysetPaginator extends Paginator {

    private final PaginationSpec.Keyset spec;

    KeysetPaginator(PaginationSpec.Keyset spec) {
        this.spec = spec;
    }

    @Override
    public PageState first() {
        return new PageState(0, null, null, null, null, null, 0);
    }

    @Override
    public PageState next(PageState current, JsonNode body, int records, Bindings bindings) {
        if (records < spec.pageSize()) {
            return null;
        }
        JsonNode last = spec.key().evaluate(body, bindings);
        if (last == null || last.isNull() || !last.isValueNode()) {
            throw new RemoteException(RemoteException.Kind.PAGINATION, 0, "a full page has no last key where the"
                    + " mapping looks (" + spec.key().source() + ")");
        }
        if (current.after() != null && current.after().equals(last)) {
            throw new RemoteException(RemoteException.Kind.PAGINATION, 0, "the last key did not move (" + last.asText()
                    + "); stopping instead of looping");
        }
        return advance(current, records, null, null, null, last, null);
    }
}
