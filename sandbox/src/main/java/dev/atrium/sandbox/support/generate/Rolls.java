package dev.atrium.sandbox.support.generate;

import java.util.List;

/**
 * Picks from a vocabulary by a roll: any int, such as one drawn from a {@code SeededSequence}, taken modulo
 * the list size. Mutations and created records pick their values this way.
 */
public final class Rolls {

    private Rolls() {
    }

    public static <T> T pick(List<T> values, int roll) {
        return values.get(Math.floorMod(roll, values.size()));
    }

    /** The rolled value, or the one after it when the rolled one is {@code current}: an edit always changes. */
    public static <T> T pickOther(List<T> values, T current, int roll) {
        T value = pick(values, roll);
        return value.equals(current) ? pick(values, roll + 1) : value;
    }
}
