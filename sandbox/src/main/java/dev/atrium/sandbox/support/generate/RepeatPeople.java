package dev.atrium.sandbox.support.generate;

import dev.atrium.sandbox.support.SeededHash;

/**
 * Which person a generated child record (applicant, candidate) stands for. Most are a person of their own,
 * whose person index is the child's index; a few are a person who already applied under an earlier parent,
 * so the same name and email come back under another record id, as real repeat applicants do.
 */
public final class RepeatPeople {

    private final SeededHash hash;
    private final BlockLayout layout;
    private final int repeatStream;
    private final int targetStream;
    private final double share;

    /**
     * @param repeatStream decides which children are repeats
     * @param targetStream decides whom a repeat repeats
     * @param share        about this share of children (outside the first block) are repeats
     */
    public RepeatPeople(SeededHash hash, BlockLayout layout, int repeatStream, int targetStream, double share) {
        this.hash = hash;
        this.layout = layout;
        this.repeatStream = repeatStream;
        this.targetStream = targetStream;
        this.share = share;
    }

    /** The person index of child {@code index}: its own index, or that of a child in an earlier block. */
    public int personOf(int index) {
        if (!isRepeat(index)) {
            return index;
        }
        int earlier = (int) hash.belowLong(targetStream, index, layout.start(layout.ownerOf(index)));
        // A repeat of a repeat would chain; such a child stays a person of its own.
        return isRepeat(earlier) ? index : earlier;
    }

    // The first block has no earlier block to repeat from.
    private boolean isRepeat(int index) {
        return hash.chance(repeatStream, index, share) && layout.start(layout.ownerOf(index)) > 0;
    }
}
