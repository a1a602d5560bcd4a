package dev.atrium.engine.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.http.auth.Authenticator;
import dev.atrium.engine.json.Json;
import io.vertx.core.MultiMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The headers of one passthrough call, both ways. Callers may add headers but not replace the ones that carry
 * the integration's credentials (nor Host); headers that only concern one connection are not forwarded. The
 * tool's answer is returned without cookies, connection headers, or any header repeating a secret Atrium
 * added (a tool that echoes the token must not hand it to the caller).
 */
final class PassthroughHeaders {

    /** RFC 9110 5.6.2: a header name is a token. */
    private static final Pattern TOKEN = Pattern.compile("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$");
    /** Header values may hold tabs, never other control characters (CR and LF would split the request). */
    private static final Pattern VALUE_CONTROL = Pattern.compile("[\\x00-\\x08\\x0a-\\x1f\\x7f]");
    /** RFC 9110 7.6.1 hop-by-hop headers, and framing Atrium computes itself. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "trailers", "transfer-encoding", "upgrade",
            "content-length");
    private static final Set<String> COOKIES = Set.of("set-cookie", "set-cookie2");
    /** Shorter secrets would match ordinary header values by chance; no real credential is this short. */
    private static final int MIN_SECRET = 4;

    private final Set<String> secrets = new HashSet<>();
    private final Set<String> protectedNames = new HashSet<>();

    /**
     * @param connectionSecrets the values of the integration's secret connection fields
     * @param mappingHeaders    the mapping's headers as sent; those holding a secret are protected
     * @param credentials       what the authentication adds to requests
     */
    PassthroughHeaders(Collection<String> connectionSecrets, Map<String, String> mappingHeaders,
            Authenticator.Credentials credentials) {
        connectionSecrets.forEach(this::addSecret);
        protectedNames.add("host");
        addCredentials(credentials);
        mappingHeaders.forEach((name, value) -> {
            if (holdsSecret(value)) {
                protectedNames.add(name.toLowerCase(Locale.ROOT));
            }
        });
    }

    /** Also scrubs credentials renewed while the call ran (a new token after a 401). */
    void addCredentials(Authenticator.Credentials credentials) {
        credentials.headers().forEach((name, value) -> {
            protectedNames.add(name.toLowerCase(Locale.ROOT));
            addSecret(value);
            // "Bearer <token>" and "Basic <pair>": the bare credential may be echoed alone.
            int space = value.indexOf(' ');
            if (space > 0) {
                addSecret(value.substring(space + 1).trim());
            }
        });
        credentials.query().values().forEach(value -> {
            addSecret(value);
            // A tool echoing the URL (a Location header) has the key percent-encoded.
            addSecret(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
    }

    /**
     * The caller's headers to forward; refuses malformed and protected ones, and leaves out connection
     * headers with a warning.
     */
    Map<String, String> forward(Map<String, String> headers, List<String> warnings) {
        Map<String, String> forwarded = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!TOKEN.matcher(name).matches()) {
                throw PassthroughException.invalid("headers: '" + printable(name) + "' is not a valid header name");
            }
            if (VALUE_CONTROL.matcher(value).find()) {
                throw PassthroughException.invalid("headers." + name + " contains a line break or control character");
            }
            if (protectedNames.contains(lower)) {
                throw PassthroughException.invalid("headers." + name + " cannot be set: "
                        + (lower.equals("host") ? "requests go to the API's own host"
                        : "it carries the integration's credentials, which Atrium adds"));
            }
            if (HOP_BY_HOP.contains(lower)) {
                warnings.add("header " + name + " was not forwarded: it concerns only one connection, and Atrium"
                        + " frames the request itself");
                return;
            }
            forwarded.put(name, value);
        });
        return forwarded;
    }

    /** The tool's response headers for the caller: lower-case names, several values as an array. */
    ObjectNode answer(MultiMap headers, List<String> warnings) {
        ObjectNode out = Json.object();
        Set<String> removed = new TreeSet<>();
        for (String name : headers.names()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (COOKIES.contains(lower) || HOP_BY_HOP.contains(lower) && !lower.equals("content-length")) {
                continue;
            }
            List<String> values = headers.getAll(name);
            if (values.stream().anyMatch(this::holdsSecret)) {
                removed.add(lower);
                continue;
            }
            if (values.size() == 1) {
                out.put(lower, values.get(0));
            } else {
                ArrayNode array = out.putArray(lower);
                values.forEach(array::add);
            }
        }
        if (!removed.isEmpty()) {
            warnings.add("response header(s) " + removed + " were removed: they repeated the integration's"
                    + " credentials");
        }
        return out;
    }

    /** The text with every secret replaced, for a URL shown to the caller. */
    String redact(String text) {
        String redacted = text;
        for (String secret : secrets) {
            redacted = redacted.replace(secret, "[redacted]");
        }
        return redacted;
    }

    private boolean holdsSecret(String value) {
        return secrets.stream().anyMatch(value::contains);
    }

    private void addSecret(String value) {
        if (value != null && value.length() >= MIN_SECRET) {
            secrets.add(value);
        }
    }

    private static String printable(String name) {
        String shown = VALUE_CONTROL.matcher(name).replaceAll("?");
        return shown.length() <= 60 ? shown : shown.substring(0, 60) + "…";
    }
}
