package dev.atrium.sandbox.paycor.generate;

import dev.atrium.sandbox.support.SeededHash;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Paycor-looking 32-hex ids that encode what they name. The first half is a per-seed prefix (real ids share
 * long prefixes too); the second half is (kind, index) through a seeded Feistel permutation, so ids look
 * scattered yet any record is found from its id without an index table.
 */
public final class IdCodec {

    /** The record kinds that have hex ids. */
    public enum Kind { ACCOUNT, JOB, CANDIDATE, CREATED_CANDIDATE, LOCATION, DEPARTMENT }

    /** A decoded id. */
    public record Decoded(Kind kind, long index) {
    }

    private static final int PREFIX = 1001;
    private static final int ROUND_KEY = 1002;
    private static final int ROUNDS = 4;
    private static final int INDEX_BITS = 40;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private final String prefix;
    private final long[] roundKeys = new long[ROUNDS];

    public IdCodec(long seed) {
        SeededHash hash = new SeededHash(seed);
        // "ff808281" opens every id in the vendor's examples; the rest of the prefix varies with the seed.
        this.prefix = "ff808281" + HexFormat.of().toHexDigits((int) hash.bits(PREFIX, 0));
        for (int k = 0; k < ROUNDS; k++) {
            roundKeys[k] = hash.bits(ROUND_KEY, k);
        }
    }

    public String encode(Kind kind, long index) {
        if (index < 0 || index > INDEX_MASK) {
            throw new IllegalArgumentException("index out of range: " + index);
        }
        return prefix + HexFormat.of().toHexDigits(permute(((long) kind.ordinal() << INDEX_BITS) | index));
    }

    /** The kind and index an id stands for; empty when it is not an id of this data set. */
    public Optional<Decoded> decode(String id) {
        if (id == null || id.length() != 32) {
            return Optional.empty();
        }
        String lower = id.toLowerCase(Locale.ROOT);
        if (!lower.startsWith(prefix)) {
            return Optional.empty();
        }
        long value;
        try {
            value = HexFormat.fromHexDigitsToLong(lower, 16, 32);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        long plain = unpermute(value);
        long kind = plain >>> INDEX_BITS;
        if (kind >= Kind.values().length) {
            return Optional.empty();
        }
        return Optional.of(new Decoded(Kind.values()[(int) kind], plain & INDEX_MASK));
    }

    /** Decodes and checks the kind and an exclusive upper bound of the index; -1 when it does not fit. */
    public long indexOf(String id, Kind kind, long bound) {
        return decode(id).filter(d -> d.kind() == kind && d.index() < bound).map(Decoded::index).orElse(-1L);
    }

    private long permute(long value) {
        int left = (int) (value >>> 32);
        int right = (int) value;
        for (int k = 0; k < ROUNDS; k++) {
            int next = left ^ round(right, k);
            left = right;
            right = next;
        }
        return ((long) left << 32) | (right & 0xFFFF_FFFFL);
    }

    private long unpermute(long value) {
        int left = (int) (value >>> 32);
        int right = (int) value;
        for (int k = ROUNDS - 1; k >= 0; k--) {
            int previous = right ^ round(left, k);
            right = left;
            left = previous;
        }
        return ((long) left << 32) | (right & 0xFFFF_FFFFL);
    }

    private int round(int half, int k) {
        return (int) SeededHash.mix((half & 0xFFFF_FFFFL) ^ roundKeys[k]);
    }
}
