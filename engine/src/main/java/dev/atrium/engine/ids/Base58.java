package dev.atrium.engine.ids;

/** Bitcoin-alphabet base58, the alphabet of every Atrium id. */
public final class Base58 {

    public static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private Base58() {
    }

    /**
     * Encodes big-endian bytes, leading zero bytes as '1'. Long division on a copy of the bytes: ids are derived
     * for every record of every sync, and BigInteger arithmetic was a measurable share of a sync's time.
     */
    public static String encode(byte[] bytes) {
        int zeros = 0;
        while (zeros < bytes.length && bytes[zeros] == 0) {
            zeros++;
        }
        byte[] number = bytes.clone();
        char[] digits = new char[bytes.length * 2];
        int out = digits.length;
        int start = zeros;
        while (start < number.length) {
            int remainder = 0;
            for (int i = start; i < number.length; i++) {
                int value = (remainder << 8) | (number[i] & 0xFF);
                number[i] = (byte) (value / 58);
                remainder = value % 58;
            }
            digits[--out] = ALPHABET.charAt(remainder);
            while (start < number.length && number[start] == 0) {
                start++;
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
