package dev.atrium.sandbox.sagehr.model;

/** A location or hiring group that positions refer to by id and name. */
public record NamedRef(long id, String name) {
}
