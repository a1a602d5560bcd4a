package dev.atrium.engine.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/** A {@code multipart/form-data} body (RFC 7578) of text fields and files, built in memory. */
public final class MultipartBody {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * One field: {@code text} for a plain value, else a file with its name, media type and content. Names must
     * hold no control characters (the caller checks); quotes are escaped here.
     */
    public record Part(String name, String text, String fileName, String contentType, byte[] content) {

        public static Part text(String name, String value) {
            return new Part(name, value, null, null, null);
        }

        public static Part file(String name, String fileName, String contentType, byte[] content) {
            return new Part(name, null, fileName, contentType, content);
        }
    }

    private final String boundary;
    private final byte[] bytes;

    private MultipartBody(String boundary, byte[] bytes) {
        this.boundary = boundary;
        this.bytes = bytes;
    }

    public static MultipartBody of(List<Part> parts) {
        // 128 random bits: a part that happens to contain the boundary is not a practical concern.
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String boundary = "atrium-" + HexFormat.of().formatHex(random);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(quoted(part.name())).append('"');
            if (part.text() == null) {
                head.append("; filename=\"").append(quoted(part.fileName())).append("\"\r\n")
                        .append("Content-Type: ").append(part.contentType());
            }
            head.append("\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.text() != null ? part.text().getBytes(StandardCharsets.UTF_8) : part.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return new MultipartBody(boundary, out.toByteArray());
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] bytes() {
        return bytes;
    }

    /** Escapes a quote the way browsers do in form-data names (RFC 7578 4.2 leaves it to percent-encoding). */
    private static String quoted(String value) {
        return value.replace("\"", "%22");
    }
}
