package dev.atrium.sandbox.support;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;

/**
 * Stateless pseudo-random values computed from (seed, stream, index), so that any generated
 * record can be rebuilt on demand without generating the ones before it.
 */
public final class SeededHash {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long STREAM_SPREAD = 0xD1B54A32D192ED03L;

    private final long seed;

    public SeededHash(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** A well-mixed 64-bit value for one field (stream) of one record (index). */
    public long bits(int stream, long index) {
        long z = mix(seed + GOLDEN * (stream + 1L));
        return mix(z ^ (index * STREAM_SPREAD + GOLDEN));
    }

    /** A value in [0, bound). */
    public int below(int stream, long index, int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return (int) Long.remainderUnsigned(bits(stream, index), bound);
    }

    /** A value in [0, bound) for long ranges. */
    public long belowLong(int stream, long index, long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return Long.remainderUnsigned(bits(stream, index), bound);
    }

    /** A value in [0, 1). */
    public double unit(int stream, long index) {
        return (bits(stream, index) >>> 11) * 0x1.0p-53;
    }

    public boolean chance(int stream, long index, double probability) {
        return unit(stream, index) < probability;
    }

    public <T> T pick(int stream, long index, List<T> values) {
        return values.get(below(stream, index, values.size()));
    }

    /** Picks an index by relative weights. */
    public int weighted(int stream, long index, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = below(stream, index, total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** The first {@code words} values of a stream as bytes, big-endian: material for secrets and tokens. */
    public byte[] bytes(int stream, int words) {
        ByteBuffer buffer = ByteBuffer.allocate(words * Long.BYTES);
        for (int k = 0; k < words; k++) {
            buffer.putLong(bits(stream, k));
        }
        return buffer.array();
    }

    /** {@link #bytes} as lower-case hex, {@code 16 * words} characters. */
    public String hex(int stream, int words) {
        return HexFormat.of().formatHex(bytes(stream, words));
    }

    /** SplitMix64 finaliser. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
