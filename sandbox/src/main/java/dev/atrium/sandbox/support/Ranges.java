package dev.atrium.sandbox.support;

/** Range checks for the numbers of settings and control requests, with the messages the control API answers. */
public final class Ranges {

    private Ranges() {
    }

    /** Refuses a {@code value} outside {@code [min, max]}, naming the field. */
    public static void require(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    /** Refuses any of {@code values} outside {@code [min, max]}; {@code what} names them all. */
    public static void requireEach(String what, int min, int max, int... values) {
        for (int n : values) {
            if (n < min || n > max) {
                throw new IllegalArgumentException(what + " must be between " + min + " and " + max);
            }
        }
    }
}
