package dev.atrium.sandbox.icims.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.icims.IcimsSimulator;
import dev.atrium.sandbox.icims.generate.Companies;
import dev.atrium.sandbox.icims.generate.StatusCatalog;
import dev.atrium.sandbox.icims.model.Address;
import dev.atrium.sandbox.icims.model.Person;
import dev.atrium.sandbox.icims.model.Status;
import dev.atrium.sandbox.icims.store.IcimsStore;
import dev.atrium.sandbox.icims.store.Resume;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One GET per profile ({@code people}, {@code jobs}, {@code applicantworkflows}, {@code companies}) with {@code ?fields=}, resumes, statuses. */
final class ProfileHandlers {

    private final IcimsSimulator simulator;

    ProfileHandlers(IcimsSimulator simulator) {
        this.simulator = simulator;
    }

    void person(RoutingContext ctx) {
        profile(ctx, "Person", store -> id(ctx).flatMap(store::person), IcimsJson::person);
    }

    void job(RoutingContext ctx) {
        profile(ctx, "Job", store -> id(ctx).flatMap(store::job), IcimsJson::job);
    }

    void workflow(RoutingContext ctx) {
        profile(ctx, "Applicant workflow", store -> id(ctx).flatMap(store::workflow), IcimsJson::workflow);
    }

    void company(RoutingContext ctx) {
        profile(ctx, "Company", store -> id(ctx).flatMap(Companies::byId), IcimsJson::company);
    }

    /** One address row of a company: where a job's {@code joblocation} link points. */
    void companyAddress(RoutingContext ctx) {
        String entry = ctx.pathParam("entry");
        Optional<Address> row = id(ctx).flatMap(Companies::byId)
                .flatMap(c -> entry.matches("\\d{1,9}") ? c.address(Long.parseLong(entry)) : Optional.empty());
        if (row.isEmpty()) {
            IcimsReplies.notFound(ctx, "Address");
            return;
        }
        JsonReplies.send(ctx, 200, IcimsJson.address(row.get()));
    }

    /** The resume file with its own content type; a JSON error when the person has none (fact sheet A3.1). */
    void resume(RoutingContext ctx) {
        IcimsStore store = simulator.store();
        Optional<Person> person = id(ctx).flatMap(store::person);
        if (person.isEmpty()) {
            IcimsReplies.notFound(ctx, "Person");
            return;
        }
        Optional<Resume> uploaded = store.uploadedResume(person.get().id());
        Resume resume = uploaded.orElse(person.get().hasResume() ? generated(person.get()) : null);
        if (resume == null) {
            IcimsReplies.notFound(ctx, "Resume");
            return;
        }
        ctx.response().putHeader("Content-Type", resume.contentType())
                .putHeader("Content-Disposition", "attachment; filename=\"" + resume.fileName() + "\"")
                .end(Buffer.buffer(resume.bytes()));
    }

    /**
     * Statuses with their bins in admin order. How iCIMS enumerates them is not confirmed (fact sheet A7.4);
     * this follows the field schema endpoint it names as the fallback, with a shape of our own.
     */
    void statuses(RoutingContext ctx) {
        ObjectNode out = JsonReplies.MAPPER.createObjectNode().put("title", "status").put("type", "LISTEDITOR_SINGLE");
        ArrayNode options = out.putArray("options");
        for (Status s : StatusCatalog.ALL) {
            options.add(IcimsJson.node(s.node()).set("bin", IcimsJson.node(s.bin())));
        }
        JsonReplies.send(ctx, 200, out);
    }

    private <T> void profile(RoutingContext ctx, String what, Function<IcimsStore, Optional<T>> find,
            RenderFn<T> render) {
        IcimsStore store = simulator.store();
        Optional<T> record = find.apply(store);
        if (record.isEmpty()) {
            IcimsReplies.notFound(ctx, what);
            return;
        }
        ObjectNode full = render.apply(new IcimsJson(IcimsVendorRoutes.root(ctx), store, simulator.settings().jobFormField()), record.get());
        JsonReplies.send(ctx, 200, IcimsJson.trim(full, fields(ctx), simulator.settings().keepLinksWhenTrimming()));
    }

    /** How a profile becomes JSON. */
    @FunctionalInterface
    private interface RenderFn<T> {
        ObjectNode apply(IcimsJson json, T record);
    }

    private static Set<String> fields(RoutingContext ctx) {
        String raw = ctx.request().getParam("fields");
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Arrays.stream(raw.split(",")).map(String::trim).filter(f -> !f.isEmpty()).collect(Collectors.toSet());
    }

    static Optional<Long> id(RoutingContext ctx) {
        String raw = ctx.pathParam("id");
        return raw != null && raw.matches("\\d{1,18}") ? Optional.of(Long.parseLong(raw)) : Optional.empty();
    }

    private static Resume generated(Person p) {
        String text = p.fullName() + "\n" + (p.email() == null ? "" : p.email() + "\n")
                + (p.jobTitle() == null ? "Seeking a new role" : p.jobTitle() + (p.employer() == null ? "" : " at " + p.employer()))
                + "\n\nExperience\n- Five years in a customer-facing role\n- Team lead for two years\n";
        return new Resume("resume-" + p.id() + ".txt", "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }
}
