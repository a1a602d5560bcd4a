package dev.atrium.sandbox.icims.model;

import java.util.List;

/**
 * One question of an iForm (fact sheet A7.6): its key {@code q1..qN}, a documented type, whether it is
 * required, its label, the form-data field its answer lands in, and the options of choice types.
 */
public record Question(String key, String type, boolean required, String label, String data, List<ListNode> options) {

    public Question {
        options = List.copyOf(options);
    }
}
