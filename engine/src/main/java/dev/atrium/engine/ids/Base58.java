package dev.atrium.engine.ids;

/** Bitcoin-alphabet base58, the alphabet of every Atrium id. */
public final class Base58 {

    public static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private Base58() {
    }

    /** 58^5: the largest power of 58 below 2^30, so five digits come out of each pass of long division. */
    private static final long FIVE_DIGITS = 58L * 58 * 58 * 58 * 58;

    /**
     * Encodes big-endian bytes, leading zero bytes as '1'. Long division over 32-bit limbs, five digits a pass:
     * ids are derived for every record of every sync, and BigInteger or byte-wise division was a measurable
     * share of a sync's time.
     */
    public static String encode(byte[] bytes) {
        int zeros = 0;
        while (zeros < bytes.length && bytes[zeros] == 0) {
            zeros++;
        }
        int[] limbs = new int[(bytes.length + 3) / 4];
        for (int i = 0; i < bytes.length; i++) {
            int fromEnd = bytes.length - 1 - i;
            limbs[limbs.length - 1 - i / 4] |= (bytes[fromEnd] & 0xFF) << (8 * (i % 4));
        }
        char[] digits = new char[bytes.length * 2];
        int out = digits.length;
        int start = 0;
        while (start < limbs.length && limbs[start] == 0) {
            start++;
        }
        while (start < limbs.length) {
            long remainder = 0;
            for (int i = start; i < limbs.length; i++) {
                long value = (remainder << 32) | (limbs[i] & 0xFFFFFFFFL);
                limbs[i] = (int) (value / FIVE_DIGITS);
                remainder = value % FIVE_DIGITS;
            }
            while (start < limbs.length && limbs[start] == 0) {
                start++;
            }
            boolean last = start == limbs.length;
            for (int d = 0; d < 5 && !(last && remainder == 0); d++) {
                digits[--out] = ALPHABET.charAt((int) (remainder % 58));
                remainder /= 58;
            }
        }
        for (int i = 0; i < zeros; i++) {
            digits[--out] = ALPHABET.charAt(0);
        }
        return new String(digits, out, digits.length - out);
    }

    public static boolean isBase58(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
