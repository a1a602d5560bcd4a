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
     * A hash id of the documented alphabet {@code [a-zA-Z1-9]}: three seeded characters, then the index scrambled
     * by a multiplication that is one-to-one modulo 58^5, so ids look random and never collide.
     */
    public static String hashId(long bits, int index) {
        StringBuilder id = new StringBuilder();
        for (int k = 0; k < 3; k++) {
            id.append(HASH_ALPHABET.charAt((int) Long.remainderUnsigned(bits >>> (k * 8), HASH_ALPHABET.length())));
        }
        return id.append(encode(index * 387_420_489L % 656_356_768L, HASH_ALPHABET, 5)).toString();
    }

    /** A 17-character ad reference like {@code KWYLVLYSRRKVGO513}: twelve seeded characters, then the scrambled index. */
    public static String reference(long bits, int index) {
        StringBuilder ref = new StringBuilder();
        long b = bits;
        for (int k = 0; k < 12; k++) {
            ref.append((char) ('A' + (int) Long.remainderUnsigned(b, 26)));
            b = Long.divideUnsigned(b, 26);
        }
        // 5^10 shares no factor with 36^5, so the scrambling stays one-to-one.
        return ref.append(encode(index * 9_765_625L % 60_466_176L, REFERENCE_ALPHABET, 5)).toString();
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
