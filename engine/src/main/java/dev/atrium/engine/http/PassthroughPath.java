package dev.atrium.engine.http;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Keeps passthrough requests under their API's base URL: a caller's path must be relative and stay below the
 * base path however a server decodes it, and the URL finally built must have the base URL's scheme, host,
 * port and path as its start. Every refusal says what was wrong and how to write it instead.
 */
final class PassthroughPath {

    private static final int MAX_LENGTH = 8192;
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern BAD_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    /** Decoding this often undoes any nesting a server could still decode (%25252e...). */
    private static final int DECODE_ROUNDS = 4;

    private PassthroughPath() {
    }

    /** The caller's path, starting with {@code /}, once it is known to be safe to append to a base URL. */
    static String check(String path) {
        if (path.length() > MAX_LENGTH) {
            throw invalid("is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw invalid("contains a control character");
            }
            if (c == ' ' || c > 0x7e) {
                throw invalid("contains a space or a non-ASCII character: percent-encode it, or pass query values in"
                        + " params");
            }
            if (c == '\\') {
                throw invalid("contains a backslash");
            }
        }
        if (path.startsWith("//")) {
            throw invalid("starts with // (a URL on another host): give a path relative to the API's base URL");
        }
        if (SCHEME.matcher(path).find()) {
            throw invalid("is an absolute URL: give a path relative to the API's base URL, e.g. /candidates");
        }
        if (path.indexOf('#') >= 0) {
            throw invalid("contains a fragment (#), which is never sent to a server");
        }
        if (BAD_PERCENT.matcher(path).find()) {
            throw invalid("has a % that does not start a percent-encoded byte (%XX)");
        }
        int query = path.indexOf('?');
        String pathPart = query < 0 ? path : path.substring(0, query);
        if (pathPart.indexOf('@') >= 0) {
            throw invalid("contains @ before the query: percent-encode it as %40");
        }
        String decoded = decodeFully(pathPart);
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                throw invalid("contains an encoded control character or backslash");
            }
        }
        for (String segment : decoded.split("/", -1)) {
            // "..;x" is ".." to servers that strip path parameters before resolving dot segments.
            int parameters = segment.indexOf(';');
            if ((parameters < 0 ? segment : segment.substring(0, parameters)).equals("..")) {
                throw invalid("contains a .. segment (also when percent-encoded): paths cannot leave the API's base"
                        + " URL");
            }
        }
        return path.startsWith("/") ? path : "/" + path;
    }

    /**
     * Checks the URL about to be called against the API's base URL: same scheme, host and port, and a path at
     * or below the base path, also after resolving dot segments. A URL that fails is refused, not repaired.
     */
    static void requireUnder(String baseUrl, String url) {
        URI base = URI.create(baseUrl);
        URI target;
        try {
            target = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid("does not make a valid URL with the API's base URL");
        }
        String basePath = base.getRawPath() == null ? "" : base.getRawPath();
        String prefix = basePath.endsWith("/") ? basePath : basePath + "/";
        String targetPath = target.getRawPath() == null ? "" : target.getRawPath();
        String normalized = target.normalize().getRawPath();
        boolean under = (targetPath.equals(basePath) || targetPath.startsWith(prefix))
                && normalized != null && (normalized.equals(basePath) || normalized.startsWith(prefix));
        if (base.getHost() == null || !Requester.sameOrigin(base, target) || target.getRawUserInfo() != null
                || !under) {
            throw invalid("leads outside the API's base URL");
        }
    }

    private static String decodeFully(String text) {
        String current = text;
        for (int round = 0; round < DECODE_ROUNDS && current.indexOf('%') >= 0; round++) {
            String next = decode(current);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    /** Decodes each %XX once, leaving a % without two hex digits as it is ('+' is not a space in paths). */
    private static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()
                    && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static PassthroughException invalid(String what) {
        return PassthroughException.invalid("path " + what);
    }
}
