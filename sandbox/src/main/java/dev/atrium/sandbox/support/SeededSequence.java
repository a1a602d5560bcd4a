package dev.atrium.sandbox.support;

/** A reproducible stream of pseudo-random numbers for operations that run in sequence (mutations). */
public final class SeededSequence {

    private final SeededHash hash;
    private final int stream;
    private long counter;

    public SeededSequence(long seed, int stream) {
        this.hash = new SeededHash(seed);
        this.stream = stream;
    }

    public int nextInt(int bound) {
        return hash.below(stream, counter++, bound);
    }

    public long nextLong(long bound) {
        return hash.belowLong(stream, counter++, bound);
    }

    public double nextUnit() {
        return hash.unit(stream, counter++);
    }
}
