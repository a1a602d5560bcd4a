package dev.atrium.sandbox.sagehr.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.atrium.sandbox.sagehr.PerPageOverflow;
import dev.atrium.sandbox.sagehr.SageHrSettings;
import dev.atrium.sandbox.sagehr.SageHrSimulator;
import dev.atrium.sandbox.sagehr.generate.StageCatalog;
import dev.atrium.sandbox.sagehr.model.Applicant;
import dev.atrium.sandbox.sagehr.model.ApplicantAction;
import dev.atrium.sandbox.sagehr.model.HiringTeamMember;
import dev.atrium.sandbox.sagehr.model.RecruitmentPosition;
import dev.atrium.sandbox.sagehr.store.ApplicantCreation;
import dev.atrium.sandbox.sagehr.store.ApplicantPage;
import dev.atrium.sandbox.sagehr.store.CreateResult;
import dev.atrium.sandbox.sagehr.store.SageHrStore;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/** The documented {@code /recruitment/...} endpoints (fact sheet 2.2). */
final class RecruitmentHandlers {

    private final SageHrSimulator simulator;

    RecruitmentHandlers(SageHrSimulator simulator) {
        this.simulator = simulator;
    }

    void listPositions(RoutingContext ctx) {
        SageHrSettings settings = simulator.settings();
        Optional<Paging> paging = paging(ctx, settings);
        if (paging.isEmpty()) {
            return;
        }
        SageHrStore store = simulator.store();
        String status = ctx.request().getParam("status");
        Set<Long> managers = ids(ctx, "hiring_manager_ids");
        Set<Long> groups = ids(ctx, "group_ids");
        Set<Long> locations = ids(ctx, "location_ids");
        var company = store.base().company();
        List<RecruitmentPosition> matches = store.livePositions().stream()
                .filter(p -> status == null || status.isEmpty() || p.status().wire().equals(status))
                .filter(p -> managers == null || p.hiringTeam().stream().filter(HiringTeamMember::hiringManager)
                        .anyMatch(m -> managers.contains(company.employee(m.employeeIndex()).id())))
                .filter(p -> groups == null || groups.contains(company.groups().get(p.groupIndex()).id()))
                .filter(p -> locations == null || locations.contains(company.locations().get(p.locationIndex()).id()))
                .toList();
        SageHrJson json = new SageHrJson(settings, company);
        ArrayNode items = SageHrJson.MAPPER.createArrayNode();
        slice(matches.size(), paging.get()).forEach(i ->
                items.add(json.position(matches.get(i), store.liveApplicantCount(matches.get(i).index()))));
        VendorReplies.list(ctx, items, paging.get().meta(matches.size()));
    }

    void position(RoutingContext ctx) {
        SageHrStore store = simulator.store();
        Optional<RecruitmentPosition> position = pathId(ctx).flatMap(store::position);
        if (position.isEmpty()) {
            VendorReplies.notFound(ctx);
            return;
        }
        RecruitmentPosition p = position.get();
        ApplicantPage all = store.positionApplicants(p.index(), -1, 0, Integer.MAX_VALUE);
        SageHrJson json = new SageHrJson(simulator.settings(), store.base().company());
        VendorReplies.data(ctx, 200, json.positionDetail(p, all.total(), all.items()));
    }

    void positionApplicants(RoutingContext ctx) {
        SageHrSettings settings = simulator.settings();
        SageHrStore store = simulator.store();
        Optional<RecruitmentPosition> position = pathId(ctx).flatMap(store::position);
        if (position.isEmpty()) {
            VendorReplies.notFound(ctx);
            return;
        }
        Optional<Paging> paging = paging(ctx, settings);
        if (paging.isEmpty()) {
            return;
        }
        RecruitmentPosition p = position.get();
        String stageParam = ctx.request().getParam("stage_id");
        ApplicantPage page;
        if (stageParam == null || stageParam.isBlank()) {
            page = store.positionApplicants(p.index(), -1, paging.get().offset(), paging.get().perPage());
        } else {
            int stage = parseLong(stageParam).map(id -> StageCatalog.stageIndexOf(settings.stageScope(), p, id)).orElse(-1);
            page = stage < 0 ? new ApplicantPage(List.of(), 0)
                    : store.positionApplicants(p.index(), stage, paging.get().offset(), paging.get().perPage());
        }
        SageHrJson json = new SageHrJson(settings, store.base().company());
        ArrayNode items = SageHrJson.MAPPER.createArrayNode();
        page.items().forEach(a -> items.add(json.applicant(a, p)));
        VendorReplies.list(ctx, items, paging.get().meta(page.total()));
    }

    void createApplicant(RoutingContext ctx) {
        Optional<Long> positionId = pathId(ctx);
        CreateApplicantReader.read(ctx.request()).onComplete(read -> {
            if (read.failed()) {
                VendorReplies.error(ctx, 400, "bad_request", List.of(read.cause().getMessage()));
                return;
            }
            if (positionId.isEmpty()) {
                VendorReplies.notFound(ctx);
                return;
            }
            SageHrSettings settings = simulator.settings();
            CreateResult result = new ApplicantCreation(simulator.store())
                    .create(positionId.get(), read.result(), settings.emailUniqueness(), settings.closedPositionStatus());
            if (result.isCreated()) {
                VendorReplies.data(ctx, 201, SageHrJson.MAPPER.createObjectNode().put("id", result.id()));
            } else {
                VendorReplies.error(ctx, result.status(), result.errorCode(), result.errors());
            }
        });
    }

    void applicant(RoutingContext ctx) {
        SageHrStore store = simulator.store();
        Optional<Applicant> applicant = pathId(ctx).flatMap(store::applicant);
        if (applicant.isEmpty()) {
            VendorReplies.notFound(ctx);
            return;
        }
        SageHrJson json = new SageHrJson(simulator.settings(), store.base().company());
        VendorReplies.data(ctx, 200, json.applicantDetail(applicant.get(), store.positionOf(applicant.get())));
    }

    void actions(RoutingContext ctx) {
        SageHrSettings settings = simulator.settings();
        Optional<Applicant> applicant = pathId(ctx).flatMap(simulator.store()::applicant);
        if (applicant.isEmpty()) {
            VendorReplies.notFound(ctx);
            return;
        }
        Optional<Paging> paging = paging(ctx, settings);
        if (paging.isEmpty()) {
            return;
        }
        // Newest first; on equal times the later entry of the history first.
        List<ApplicantAction> history = applicant.get().actions();
        List<Integer> order = new ArrayList<>(IntStream.range(0, history.size()).boxed().toList());
        order.sort(Comparator.<Integer, java.time.Instant>comparing(i -> history.get(i).createdAt()).reversed()
                .thenComparing(Comparator.<Integer>reverseOrder()));
        SageHrJson json = new SageHrJson(settings, simulator.store().base().company());
        ArrayNode items = SageHrJson.MAPPER.createArrayNode();
        slice(order.size(), paging.get()).forEach(i -> items.add(json.action(history.get(order.get(i)))));
        VendorReplies.list(ctx, items, paging.get().meta(order.size()));
    }

    /** Recruitment lists take page and per_page (default 30, max 100); above the max is clamped or refused. */
    private static Optional<Paging> paging(RoutingContext ctx, SageHrSettings settings) {
        int page = Paging.parsePage(ctx.request().getParam("page"));
        int perPage = Paging.parsePositive(ctx.request().getParam("per_page"));
        if (perPage == 0) {
            perPage = settings.perPageDefault();
        } else if (perPage > settings.perPageMax()) {
            if (settings.perPageOverflow() == PerPageOverflow.REJECT) {
                VendorReplies.error(ctx, 422, "validation_failed",
                        List.of("Per page must be less than or equal to " + settings.perPageMax()));
                return Optional.empty();
            }
            perPage = settings.perPageMax();
        }
        return Optional.of(new Paging(page, perPage));
    }

    static IntStream slice(int size, Paging paging) {
        long from = Math.min(size, paging.offset());
        long to = Math.min(size, from + paging.perPage());
        return IntStream.range((int) from, (int) to);
    }

    /** Ids from a repeatable {@code name[]} parameter (or plain {@code name}); null when the filter is absent. */
    private static Set<Long> ids(RoutingContext ctx, String name) {
        List<String> raw = new ArrayList<>(ctx.queryParam(name + "[]"));
        raw.addAll(ctx.queryParam(name));
        if (raw.isEmpty()) {
            return null;
        }
        Set<Long> ids = new HashSet<>();
        raw.forEach(v -> parseLong(v).ifPresent(ids::add));
        return ids;
    }

    static Optional<Long> pathId(RoutingContext ctx) {
        return parseLong(ctx.pathParam("id"));
    }

    static Optional<Long> parseLong(String raw) {
        try {
            return raw == null ? Optional.empty() : Optional.of(Long.parseLong(raw.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
