package dev.atrium.sandbox.sagehr.model;

/** One titled HTML section of a position description. */
public record DescriptionBlock(String title, String content) {
}
