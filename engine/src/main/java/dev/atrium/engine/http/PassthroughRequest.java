package dev.atrium.engine.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a caller asks a passthrough to send, read from the body of {@code POST /v1/passthrough/{tool}/{api}}
 * and checked for shape: every problem names the parameter. Whether the path stays under the API's base URL
 * and which headers may be set are the passthrough's own checks.
 *
 * @param data      the body: an object, array or other JSON value is sent as JSON, a string as is; null for none
 * @param multipart form fields for a {@code multipart/form-data} body, empty for none (never with data)
 */
public record PassthroughRequest(String method, String path, Map<String, String> headers, Map<String, String> params,
        JsonNode data, List<MultipartBody.Part> multipart, boolean responseAsBase64, Map<String, String> apiOptions) {

    /** The methods Kombo's passthrough accepts. */
    public static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private static final Set<String> KEYS = Set.of("method", "path", "headers", "params", "data", "response_as_base64",
            "multipart_form_data", "api_options");
    private static final Set<String> FILE_KEYS = Set.of("name", "content_type", "data", "data_url");
    private static final Pattern MEDIA_TYPE = Pattern.compile("^[\\w.-]+/[\\w.+-]+$");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1f\\x7f]");

    public PassthroughRequest {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        multipart = List.copyOf(multipart);
        apiOptions = Map.copyOf(apiOptions);
    }

    /** Reads a request body; a problem is a {@link PassthroughException} with reason INVALID. */
    public static PassthroughRequest fromJson(JsonNode body) {
        Set<String> unknown = new TreeSet<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!KEYS.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw PassthroughException.invalid("unknown parameter(s) " + unknown + "; a passthrough request takes "
                    + new TreeSet<>(KEYS));
        }
        JsonNode method = body.get("method");
        if (method == null || !method.isTextual()
                || !METHODS.contains(method.asText().toUpperCase(Locale.ROOT))) {
            throw PassthroughException.invalid("method is required and must be one of " + new TreeSet<>(METHODS));
        }
        JsonNode path = body.get("path");
        if (path == null || !path.isTextual() || path.asText().isEmpty()) {
            throw PassthroughException.invalid("path is required: the path to call, relative to the API's base URL");
        }
        JsonNode data = body.get("data");
        List<MultipartBody.Part> parts = multipart(body.get("multipart_form_data"));
        if (data != null && !data.isNull() && !parts.isEmpty()) {
            throw PassthroughException.invalid("send either data or multipart_form_data, not both");
        }
        JsonNode base64 = body.get("response_as_base64");
        if (base64 != null && !base64.isNull() && !base64.isBoolean()) {
            throw PassthroughException.invalid("response_as_base64 must be true or false");
        }
        return new PassthroughRequest(method.asText().toUpperCase(Locale.ROOT), path.asText(),
                strings(body.get("headers"), "headers"), strings(body.get("params"), "params"),
                data == null || data.isNull() ? null : data, parts, base64 != null && base64.asBoolean(false),
                strings(body.get("api_options"), "api_options"));
    }

    /** An object of scalar values as text, in the caller's order; absent or null is empty. */
    private static Map<String, String> strings(JsonNode node, String parameter) {
        Map<String, String> values = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isObject()) {
            throw PassthroughException.invalid(parameter + " must be an object of names to string values");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue();
            if (!value.isValueNode() || value.isNull()) {
                throw PassthroughException.invalid(parameter + "." + entry.getKey() + " must be a string");
            }
            values.put(entry.getKey(), value.asText());
        }
        return values;
    }

    private static List<MultipartBody.Part> multipart(JsonNode node) {
        List<MultipartBody.Part> parts = new ArrayList<>();
        if (node == null || node.isNull()) {
            return parts;
        }
        if (!node.isArray()) {
            throw PassthroughException.invalid("multipart_form_data must be an array of {name, value}");
        }
        for (int i = 0; i < node.size(); i++) {
            String at = "multipart_form_data[" + i + "]";
            JsonNode field = node.get(i);
            if (!field.isObject()) {
                throw PassthroughException.invalid(at + " must be an object {name, value}");
            }
            String name = name(field.get("name"), at + ".name");
            JsonNode value = field.get("value");
            if (value != null && value.isTextual()) {
                parts.add(MultipartBody.Part.text(name, value.asText()));
            } else if (value != null && value.isObject()) {
                parts.add(file(name, value, at + ".value"));
            } else {
                throw PassthroughException.invalid(at + ".value must be a string or a file {name, content_type,"
                        + " data}");
            }
        }
        return parts;
    }

    private static MultipartBody.Part file(String field, JsonNode file, String at) {
        file.fieldNames().forEachRemaining(key -> {
            if (!FILE_KEYS.contains(key)) {
                throw PassthroughException.invalid(at + "." + key + " is not a file property; a file takes "
                        + new TreeSet<>(FILE_KEYS));
            }
        });
        String fileName = name(file.get("name"), at + ".name");
        if (file.hasNonNull("data_url")) {
            // Fetching a caller's URL from inside the server would let any API key make Atrium call internal
            // addresses (metadata services, the database host), so files travel in the request itself.
            throw PassthroughException.invalid(at + ".data_url is not supported: Atrium does not download files on a"
                    + " caller's behalf; send the file's content base64-encoded in " + at + ".data");
        }
        JsonNode data = file.get("data");
        if (data == null || !data.isTextual()) {
            throw PassthroughException.invalid(at + ".data is required: the file's content, base64-encoded");
        }
        JsonNode type = file.get("content_type");
        if (type == null || !type.isTextual() || !MEDIA_TYPE.matcher(type.asText()).matches()) {
            throw PassthroughException.invalid(at + ".content_type is required with data and must be a media type"
                    + " such as application/pdf");
        }
        byte[] content;
        try {
            content = Base64.getDecoder().decode(data.asText().replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw PassthroughException.invalid(at + ".data is not valid base64");
        }
        return MultipartBody.Part.file(field, fileName, type.asText(), content);
    }

    /** A field or file name: text without control characters, which would break the part's headers. */
    private static String name(JsonNode node, String at) {
        if (node == null || !node.isTextual() || node.asText().isEmpty()) {
            throw PassthroughException.invalid(at + " is required and must be a non-empty string");
        }
        if (CONTROL.matcher(node.asText()).find()) {
            throw PassthroughException.invalid(at + " must not contain control characters");
        }
        return node.asText();
    }
}
