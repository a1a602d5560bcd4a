package dev.atrium.sandbox.icims.store;

/** A person's {@code resume} binary field as uploaded: file name, content type and bytes. */
public record Resume(String fileName, String contentType, byte[] bytes) {
}
