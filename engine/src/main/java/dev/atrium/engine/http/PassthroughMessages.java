package dev.atrium.engine.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.atrium.engine.http.auth.Authenticator;
import dev.atrium.engine.json.Json;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The two messages of a passthrough call: the request the tool gets from what the caller described (query,
 * body and its media type), and what the caller gets from the tool's body (JSON, text or base64).
 */
final class PassthroughMessages {

    private PassthroughMessages() {
    }

    /** The request to send: the caller's query after any in the path, and the body with its media type. */
    static RemoteRequest request(PassthroughRequest request, String path, Map<String, String> headers,
            Authenticator.Credentials credentials, List<String> warnings) {
        Set<String> authQuery = credentials.query().keySet().stream().map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        int query = path.indexOf('?');
        List<String> names = new ArrayList<>(request.params().keySet());
        if (query >= 0) {
            for (String pair : path.substring(query + 1).split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
        }
        for (String name : names) {
            if (authQuery.contains(name.toLowerCase(Locale.ROOT))) {
                throw PassthroughException.invalid("query parameter " + name + " cannot be set: it carries the"
                        + " integration's credentials, which Atrium adds");
            }
        }
        Map<String, String> forwarded = new LinkedHashMap<>(headers);
        String callerType = null;
        for (String name : headers.keySet()) {
            if (name.equalsIgnoreCase("Content-Type")) {
                callerType = headers.get(name);
                forwarded.remove(name);
            }
        }
        byte[] body = null;
        String contentType = null;
        if (!request.multipart().isEmpty()) {
            MultipartBody multipart = MultipartBody.of(request.multipart());
            body = multipart.bytes();
            contentType = multipart.contentType();
            if (callerType != null) {
                warnings.add("the Content-Type header was replaced by multipart/form-data with Atrium's boundary");
            }
        } else if (request.data() != null) {
            boolean raw = request.data().isTextual();
            body = (raw ? request.data().asText() : Json.write(request.data())).getBytes(StandardCharsets.UTF_8);
            contentType = callerType != null ? callerType : raw ? "text/plain; charset=utf-8" : "application/json";
        } else if (callerType != null) {
            forwarded.put("Content-Type", callerType);
        }
        return new RemoteRequest(request.method(), path, request.params(), forwarded, null, body, contentType);
    }

    /** JSON when the tool says it answered JSON (and it parses), base64 when asked, else text in its charset. */
    static JsonNode answer(RemoteResponse response, boolean base64) {
        byte[] bytes = response.body();
        if (bytes.length == 0) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (base64) {
            return JsonNodeFactory.instance.textNode(Base64.getEncoder().encodeToString(bytes));
        }
        String type = response.header("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (media.equals("application/json") || media.endsWith("+json")) {
            try {
                JsonNode parsed = Json.parse(bytes);
                if (parsed != null && !parsed.isMissingNode()) {
                    return parsed;
                }
            } catch (IOException e) {
                // A tool that labels something else as JSON gets its text passed on unchanged.
            }
        }
        return JsonNodeFactory.instance.textNode(new String(bytes, charset(type)));
    }

    private static Charset charset(String contentType) {
        if (contentType != null) {
            for (String parameter : contentType.split(";")) {
                String[] pair = parameter.trim().split("=", 2);
                if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                    try {
                        return Charset.forName(pair[1].trim().replace("\"", ""));
                    } catch (IllegalArgumentException e) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
