package dev.atrium.sandbox.sagehr.model;

/** What is kept of an uploaded CV: its name, type and size, never its content. */
public record Attachment(String fileName, String contentType, long size) {
}
