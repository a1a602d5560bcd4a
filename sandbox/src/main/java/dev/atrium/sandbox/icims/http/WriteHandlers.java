package dev.atrium.sandbox.icims.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.icims.IcimsSimulator;
import dev.atrium.sandbox.icims.generate.Lists;
import dev.atrium.sandbox.icims.model.ListNode;
import dev.atrium.sandbox.icims.model.Phone;
import dev.atrium.sandbox.icims.store.IcimsWrites;
import dev.atrium.sandbox.icims.store.PersonForm;
import dev.atrium.sandbox.icims.store.Resume;
import dev.atrium.sandbox.icims.store.WriteOutcome;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The documented writes (fact sheet A8): POST people and workflows (201 + Location), PATCH a status, upload a resume (204). */
final class WriteHandlers {

    private static final int MAX_RESUME_BYTES = 5 * 1024 * 1024;

    private final IcimsSimulator simulator;

    WriteHandlers(IcimsSimulator simulator) {
        this.simulator = simulator;
    }

    void createPerson(RoutingContext ctx) {
        JsonNode body = json(ctx);
        if (body == null) {
            return;
        }
        List<Phone> phones = new ArrayList<>();
        for (JsonNode row : body.path("phones")) {
            String type = row.path("phonetype").path("value").asText("Mobile");
            ListNode node = List.of(Lists.PHONE_MOBILE, Lists.PHONE_HOME, Lists.PHONE_WORK).stream()
                    .filter(n -> n.value().equalsIgnoreCase(type) || n.id().equals(row.path("phonetype").path("id").asText()))
                    .findFirst().orElse(Lists.PHONE_MOBILE);
            phones.add(new Phone(phones.size() + 1, node, row.path("phonenumber").asText()));
        }
        PersonForm form = new PersonForm(text(body, "firstname"), text(body, "middlename"), text(body, "lastname"),
                text(body, "email"), phones, body.path("gender").path("id").asText(null));
        reply(ctx, new IcimsWrites(simulator.store()).createPerson(form), "people");
    }

    void createWorkflow(RoutingContext ctx) {
        JsonNode body = json(ctx);
        if (body == null) {
            return;
        }
        Optional<Long> job = ref(body.get("baseprofile"));
        Optional<Long> person = ref(body.get("associatedprofile"));
        if (job.isEmpty() || person.isEmpty()) {
            IcimsReplies.error(ctx, 400, 1, "The field " + (job.isEmpty() ? "baseprofile" : "associatedprofile") + " is required.");
            return;
        }
        String status = body.path("status").path("id").asText(null);
        reply(ctx, new IcimsWrites(simulator.store()).createWorkflow(job.get(), person.get(), status,
                text(body, "source"), text(body, "sourcename")), "applicantworkflows");
    }

    /** A status change moves the workflow; other fields (such as assessment results) are accepted and kept aside. */
    void patchWorkflow(RoutingContext ctx) {
        JsonNode body = json(ctx);
        Optional<Long> id = ProfileHandlers.id(ctx);
        if (body == null) {
            return;
        }
        if (id.isEmpty() || simulator.store().workflow(id.get()).isEmpty()) {
            IcimsReplies.notFound(ctx, "Applicant workflow");
            return;
        }
        String status = body.path("status").path("id").asText(null);
        if (status == null) {
            IcimsReplies.noContent(ctx);
            return;
        }
        WriteOutcome outcome = new IcimsWrites(simulator.store()).moveWorkflow(id.get(), status);
        if (outcome.isDone()) {
            IcimsReplies.noContent(ctx);
        } else {
            IcimsReplies.error(ctx, outcome.status(), outcome.errorCode(), outcome.message());
        }
    }

    /** {@code PATCH /people/{id}/fields/resume/binary}, multipart/form-data with one file. */
    void uploadResume(RoutingContext ctx) {
        AtomicReference<Resume> file = new AtomicReference<>();
        var request = ctx.request();
        request.setExpectMultipart(true);
        request.uploadHandler(upload -> {
            Buffer bytes = Buffer.buffer();
            upload.handler(chunk -> {
                if (bytes.length() + chunk.length() <= MAX_RESUME_BYTES) {
                    bytes.appendBuffer(chunk);
                }
            });
            upload.endHandler(done -> file.compareAndSet(null, new Resume(upload.filename(),
                    upload.contentType() == null ? "application/octet-stream" : upload.contentType(), bytes.getBytes())));
        });
        request.end().onComplete(ended -> {
            Optional<Long> id = ProfileHandlers.id(ctx);
            if (ended.failed() || file.get() == null || file.get().fileName() == null || file.get().fileName().isBlank()) {
                IcimsReplies.error(ctx, 400, 1, "The field resume is required.");
                return;
            }
            WriteOutcome outcome = id.isEmpty() ? WriteOutcome.refused(404, IcimsReplies.RESOURCE_NOT_FOUND, "Person not found.")
                    : new IcimsWrites(simulator.store()).uploadResume(id.get(), file.get());
            if (outcome.isDone()) {
                IcimsReplies.noContent(ctx);
            } else {
                IcimsReplies.error(ctx, outcome.status(), outcome.errorCode(), outcome.message());
            }
        });
    }

    private void reply(RoutingContext ctx, WriteOutcome outcome, String type) {
        if (outcome.isDone()) {
            IcimsReplies.created(ctx, IcimsVendorRoutes.root(ctx) + "/" + type + "/" + outcome.id());
        } else {
            IcimsReplies.error(ctx, outcome.status(), outcome.errorCode(), outcome.message());
        }
    }

    /** The JSON object body; null after answering 400. */
    private static JsonNode json(RoutingContext ctx) {
        try {
            JsonNode body = JsonReplies.MAPPER.readTree(ctx.body().asString() == null ? "" : ctx.body().asString());
            if (body != null && body.isObject()) {
                return body;
            }
        } catch (IOException e) {
            // answered below
        }
        IcimsReplies.error(ctx, 400, 0, "The request body is not a valid JSON object.");
        return null;
    }

    /** A profile reference given as a number, a numeric string or {@code {"id": n}}. */
    private static Optional<Long> ref(JsonNode node) {
        JsonNode id = node != null && node.isObject() ? node.get("id") : node;
        if (id == null || !(id.isIntegralNumber() || id.asText().matches("\\d{1,18}"))) {
            return Optional.empty();
        }
        return Optional.of(id.asLong());
    }

    private static String text(JsonNode body, String key) {
        JsonNode v = body.get(key);
        return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
    }
}
