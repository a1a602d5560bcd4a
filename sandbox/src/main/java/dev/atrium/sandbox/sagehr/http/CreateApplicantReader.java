package dev.atrium.sandbox.sagehr.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.sagehr.model.Attachment;
import dev.atrium.sandbox.sagehr.store.ApplicantForm;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads a create-applicant request: multipart/form-data with {@code applicant[...]} fields and at most
 * one {@code applicant[attachment]} file (only its name, type and size are kept), or the JSON form
 * {@code {"applicant": {...}}} shown in the documentation's curl example.
 */
final class CreateApplicantReader {

    private static final String ATTACHMENT_FIELD = "applicant[attachment]";
    private static final int MAX_JSON_BYTES = 1024 * 1024;

    private CreateApplicantReader() {
    }

    static Future<ApplicantForm> read(HttpServerRequest request) {
        String type = request.getHeader("Content-Type");
        if (type != null && type.toLowerCase(Locale.ROOT).contains("json")) {
            return readJson(request);
        }
        Promise<ApplicantForm> promise = Promise.promise();
        AtomicReference<Attachment> attachment = new AtomicReference<>();
        request.setExpectMultipart(true);
        request.uploadHandler(upload -> {
            long[] size = {0};
            upload.handler(chunk -> size[0] += chunk.length());
            upload.endHandler(done -> {
                // Like a Rails params hash, a repeated field keeps the last value.
                if (ATTACHMENT_FIELD.equals(upload.name()) && upload.filename() != null && !upload.filename().isBlank()) {
                    attachment.set(new Attachment(upload.filename(), upload.contentType(), size[0]));
                }
            });
        });
        request.end().onComplete(ended -> {
            if (ended.failed()) {
                promise.fail(ended.cause());
            } else {
                promise.complete(fromForm(request.formAttributes(), attachment.get()));
            }
        });
        return promise.future();
    }

    // Buffers at most MAX_JSON_BYTES so that a runaway client cannot fill the heap.
    private static Future<ApplicantForm> readJson(HttpServerRequest request) {
        Promise<ApplicantForm> promise = Promise.promise();
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (body.length() + chunk.length() <= MAX_JSON_BYTES) {
                body.appendBuffer(chunk);
            } else {
                promise.tryFail(new IllegalArgumentException("Request body is too large"));
            }
        });
        request.exceptionHandler(promise::tryFail);
        request.endHandler(done -> {
            try {
                promise.tryComplete(fromJson(body.getBytes()));
            } catch (IllegalArgumentException e) {
                promise.tryFail(e);
            }
        });
        return promise.future();
    }

    private static ApplicantForm fromForm(MultiMap form, Attachment attachment) {
        String referralEmail = form.get("applicant[referral][email]");
        String referralName = form.get("applicant[referral][full_name]");
        boolean referral = present(referralEmail) || present(referralName);
        return new ApplicantForm(form.get("applicant[first_name]"), form.get("applicant[last_name]"),
                form.get("applicant[email]"), form.get("applicant[phone_number]"), form.get("applicant[address]"),
                form.get("applicant[summary]"), form.get("applicant[source]"), referral, referralEmail, referralName,
                attachment, "true".equals(form.get("send_thank_you_email")));
    }

    private static ApplicantForm fromJson(byte[] body) {
        JsonNode root;
        try {
            root = SageHrJson.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("Request body is not valid JSON");
        }
        JsonNode a = root == null ? null : root.path("applicant");
        if (a == null || !a.isObject()) {
            a = SageHrJson.MAPPER.createObjectNode();
        }
        JsonNode referral = a.path("referral");
        boolean referralGiven = referral.isObject();
        JsonNode thankYou = root == null ? null : root.path("send_thank_you_email");
        return new ApplicantForm(text(a, "first_name"), text(a, "last_name"), text(a, "email"), text(a, "phone_number"),
                text(a, "address"), text(a, "summary"), text(a, "source"), referralGiven,
                referralGiven ? text(referral, "email") : null, referralGiven ? text(referral, "full_name") : null,
                null, thankYou != null && "true".equals(thankYou.asText()));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
