package dev.atrium.engine.mapping;

/** A capability of the connector as listed in its coverage (e.g. source writing), with a note. */
public record Feature(String id, String label, String note) {
}
