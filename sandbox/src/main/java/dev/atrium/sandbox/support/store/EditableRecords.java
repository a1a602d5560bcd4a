package dev.atrium.sandbox.support.store;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The materialised parent records of a data set (positions, jobs) as they are now: the generated ones,
 * replaced one by one when edited or closed, flagged when deleted, and counted for the control API's state.
 * Records are addressed by their index in the generated list. Not thread-safe: the store that holds it guards it.
 */
public final class EditableRecords<T> {

    private final List<T> current;
    private final BitSet deleted = new BitSet();
    private final Set<Integer> changed = new HashSet<>();
    private final Set<Integer> closed = new HashSet<>();

    public EditableRecords(List<T> generated) {
        this.current = new ArrayList<>(generated);
    }

    /** How many records were generated, deleted ones included. */
    public int size() {
        return current.size();
    }

    /** The current version of a record, deleted or not. */
    public T get(int index) {
        return current.get(index);
    }

    public boolean isDeleted(int index) {
        return deleted.get(index);
    }

    /** The records not deleted, in index order. */
    public List<T> live() {
        List<T> live = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            if (!deleted.get(i)) {
                live.add(current.get(i));
            }
        }
        return live;
    }

    /** Puts an edited version in place; closing counts apart from other edits. */
    public void replace(int index, T record, boolean closing) {
        current.set(index, record);
        (closing ? closed : changed).add(index);
    }

    public void delete(int index) {
        deleted.set(index);
    }

    public int deletedCount() {
        return deleted.cardinality();
    }

    /** Records edited at least once, closes aside. */
    public int changedCount() {
        return changed.size();
    }

    public int closedCount() {
        return closed.size();
    }
}
