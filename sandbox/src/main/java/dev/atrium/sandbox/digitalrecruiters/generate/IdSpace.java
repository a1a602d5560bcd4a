package dev.atrium.sandbox.digitalrecruiters.generate;

/** Numeric id ranges of the public API; ad ids and application ids never overlap. */
public final class IdSpace {

    public static final long JOB_AD_BASE = 40_001;
    /** Generated applications take the ids from here on, created ones follow them. */
    public static final long APPLICATION_BASE = 1_000_001;

    private static final String HASH_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ123456789";
    private static final String REFERENCE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private IdSpace() {
    }

    /**
     * A hash id of the documented alphabet {@code [a-zA-Z1-9]}: three seeded characters, then the index in
     * base 58 over five characters, so ids never collide.
     */
    public static String hashId(long bits, int index) {
        StringBuilder id = new StringBuilder();
        for (int k = 0; k < 3; k++) {
            id.append(HASH_ALPHABET.charAt((int) Long.remainderUnsigned(bits >>> (k * 8), HASH_ALPHABET.length())));
        }
        return id.append(encode(index, HASH_ALPHABET, 5)).toString();
    }

    /** A 17-character ad reference like {@code KWYLVLYSRRKVGO513}: twelve seeded characters, then the index. */
    public static String reference(long bits, int index) {
        StringBuilder ref = new StringBuilder();
        long b = bits;
        for (int k = 0; k < 12; k++) {
            ref.append((char) ('A' + (int) Long.remainderUnsigned(b, 26)));
            b = Long.divideUnsigned(b, 26);
        }
        return ref.append(encode(index, REFERENCE_ALPHABET, 5)).toString();
    }

    private static String encode(long value, String alphabet, int width) {
        char[] out = new char[width];
        long v = value;
        for (int k = width - 1; k >= 0; k--) {
            out[k] = alphabet.charAt((int) (v % alphabet.length()));
            v /= alphabet.length();
        }
        return new String(out);
    }
}
