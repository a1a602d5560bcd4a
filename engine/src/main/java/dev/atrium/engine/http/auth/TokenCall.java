package dev.atrium.engine.http.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.expressions.Template;
import dev.atrium.engine.http.RemoteException;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.mapping.TokenRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Performs one call of an authentication (token, login, refresh): renders the mapping's request, sends it,
 * parses the JSON answer. Timeouts and 5xx are retried twice; a refusal fails with AUTHENTICATION, quoting
 * the answer in the detail (never in logs, which also never see the request's secrets).
 */
final class TokenCall {

    private static final int ATTEMPTS = 3;

    private final WebClient client;
    private final Duration timeout;
    private final String baseUrl;

    /** @param baseUrl the integration's base URL, against which a token URL starting with / is resolved */
    TokenCall(WebClient client, Duration timeout, String baseUrl) {
        this.client = client;
        this.timeout = timeout;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    JsonNode send(String purpose, TokenRequest spec, Bindings bindings) {
        String rendered = required(spec.url(), bindings, purpose + " URL");
        // A relative token URL follows the integration to wherever it points (another region, the sandbox).
        String url = rendered.startsWith("/") ? baseUrl + rendered : rendered;
        for (int attempt = 1; ; attempt++) {
            HttpRequest<Buffer> request = client.requestAbs(HttpMethod.valueOf(spec.method()), url)
                    .timeout(timeout.toMillis()).followRedirects(false);
            spec.query().forEach((name, template) -> {
                String value = template.render(bindings);
                if (value != null) {
                    request.addQueryParam(name, value);
                }
            });
            spec.headers().forEach((name, template) -> {
                String value = template.render(bindings);
                if (value != null) {
                    request.putHeader(name, value);
                }
            });
            request.putHeader("Accept", "application/json");
            Buffer body = null;
            if (spec.form() != null) {
                StringJoiner form = new StringJoiner("&");
                for (Map.Entry<String, Template> field : spec.form().entrySet()) {
                    String value = field.getValue().render(bindings);
                    if (value != null) {
                        form.add(encode(field.getKey()) + "=" + encode(value));
                    }
                }
                request.putHeader("Content-Type", "application/x-www-form-urlencoded");
                body = Buffer.buffer(form.toString());
            } else if (spec.json() != null) {
                JsonNode json = spec.json().evaluate(null, bindings);
                request.putHeader("Content-Type", "application/json");
                body = Buffer.buffer(Json.write(json == null ? Json.object() : json));
            }
            HttpResponse<Buffer> response;
            try {
                response = (body == null ? request.send() : request.sendBuffer(body)).await();
            } catch (Exception e) {
                if (attempt < ATTEMPTS) {
                    pause(attempt);
                    continue;
                }
                throw new RemoteException(RemoteException.Kind.UNAVAILABLE, 0, purpose + " call failed after "
                        + attempt + " attempts: " + e.getClass().getSimpleName(), null, e);
            }
            int status = response.statusCode();
            String text = response.bodyAsString() == null ? "" : response.bodyAsString();
            if (status >= 500 && attempt < ATTEMPTS) {
                pause(attempt);
                continue;
            }
            if (status < 200 || status >= 300) {
                throw new RemoteException(RemoteException.Kind.AUTHENTICATION, status, purpose + " was refused with"
                        + " HTTP " + status, excerpt(text), null);
            }
            try {
                return Json.parse(text);
            } catch (IOException e) {
                throw new RemoteException(RemoteException.Kind.MALFORMED, status, purpose
                        + " answered something that is not JSON", excerpt(text), e);
            }
        }
    }

    private static String required(Template template, Bindings bindings, String what) {
        String value = template.render(bindings);
        if (value == null || value.isBlank()) {
            throw new RemoteException(RemoteException.Kind.AUTHENTICATION, 0, what + " rendered to nothing: a"
                    + " connection value is missing");
        }
        return value;
    }

    private static String excerpt(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException(RemoteException.Kind.UNAVAILABLE, 0, "interrupted while authenticating");
        }
    }
}
