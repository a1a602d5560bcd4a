package dev.atrium.sandbox.icims.search;

/** How a filter compares a field: the semantics of {@code =} differ by kind (fact sheet A4). */
public enum FieldKind {
    /** Integers: system ids, relations, counts. */
    NUMBER,
    /** Text: {@code =} is "contains", {@code ==} exact, both ignoring case. */
    TEXT,
    /** A list node, matched by node id. */
    LIST,
    /** A UTC date-time, matched by {@code value} .. {@code secondaryValue} ranges. */
    DATE,
    /** Yes or no, given as 1/0 or true/false. */
    BOOLEAN
}
