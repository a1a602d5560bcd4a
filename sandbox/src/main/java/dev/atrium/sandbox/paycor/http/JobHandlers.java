package dev.atrium.sandbox.paycor.http;

import dev.atrium.sandbox.paycor.PaycorSimulator;
import dev.atrium.sandbox.paycor.model.AtsAccount;
import dev.atrium.sandbox.paycor.model.Job;
import dev.atrium.sandbox.paycor.model.UserRole;
import dev.atrium.sandbox.paycor.store.JobFilter;
import dev.atrium.sandbox.paycor.store.PaycorStore;
import dev.atrium.sandbox.paycor.store.Slice;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The ATS account and job endpoints (fact sheet B3, rows 1 to 3). */
final class JobHandlers {

    private final PaycorSimulator simulator;
    private final ListPaging paging;

    JobHandlers(PaycorSimulator simulator, ListPaging paging) {
        this.simulator = simulator;
        this.paging = paging;
    }

    void accounts(RoutingContext ctx) {
        if (!legalEntity(ctx, simulator)) {
            return;
        }
        QueryParams params = new QueryParams(ctx);
        Optional<ContinuationTokens.Position> from = paging.start(ctx, params, "accounts", "none");
        if (from.isEmpty()) {
            return;
        }
        List<AtsAccount> all = simulator.store().accounts();
        int size = simulator.settings().pageSize();
        int first = (int) from.get().after() + 1;
        List<AtsAccount> page = all.subList(Math.min(first, all.size()), Math.min(first + size, all.size()));
        paging.reply(ctx, from.get(), new Slice<>(page, first + size < all.size()), PaycorJson::account, AtsAccount::index);
    }

    void jobs(RoutingContext ctx) {
        Optional<AtsAccount> account = account(ctx, simulator);
        if (account.isEmpty()) {
            return;
        }
        QueryParams params = new QueryParams(ctx);
        Set<UserRole> include = params.include();
        JobFilter filter = new JobFilter(params.status(), params.postedToCareers());
        if (params.failed()) {
            PaycorReplies.validation(ctx, params.errors());
            return;
        }
        Optional<ContinuationTokens.Position> from = paging.start(ctx, params, "jobs:" + account.get().id(), filter);
        if (from.isEmpty()) {
            return;
        }
        Slice<Job> slice = simulator.store().jobs(account.get().index(), (JobFilter) from.get().filter(),
                from.get().after(), simulator.settings().pageSize());
        PaycorJson json = new PaycorJson(simulator.settings());
        paging.reply(ctx, from.get(), slice, j -> json.job(j, include), Job::index);
    }

    void job(RoutingContext ctx) {
        Optional<Job> job = job(ctx, simulator);
        if (job.isEmpty()) {
            return;
        }
        QueryParams params = new QueryParams(ctx);
        Set<UserRole> include = params.include();
        if (params.failed()) {
            PaycorReplies.validation(ctx, params.errors());
            return;
        }
        JsonReplies.send(ctx, 200, new PaycorJson(simulator.settings()).job(job.get(), include));
    }

    /** Whether the path's legal entity is the simulated one; answers 404 otherwise. */
    static boolean legalEntity(RoutingContext ctx, PaycorSimulator simulator) {
        String raw = ctx.pathParam("legalEntityId");
        if (raw == null || !raw.equals(Integer.toString(simulator.credentials().legalEntityId()))) {
            PaycorReplies.notFound(ctx, "legal entity");
            return false;
        }
        return true;
    }

    /** The path's ATS account of the simulated legal entity; empty after answering 404. */
    static Optional<AtsAccount> account(RoutingContext ctx, PaycorSimulator simulator) {
        if (!legalEntity(ctx, simulator)) {
            return Optional.empty();
        }
        Optional<AtsAccount> account = simulator.store().account(ctx.pathParam("atsAccountId"));
        if (account.isEmpty()) {
            PaycorReplies.notFound(ctx, "ATS account");
        }
        return account;
    }

    /** The path's live job in the path's account; empty after answering 404. */
    static Optional<Job> job(RoutingContext ctx, PaycorSimulator simulator) {
        Optional<AtsAccount> account = account(ctx, simulator);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        PaycorStore store = simulator.store();
        Optional<Job> job = store.job(account.get().index(), ctx.pathParam("atsJobId"));
        if (job.isEmpty()) {
            PaycorReplies.notFound(ctx, "job");
        }
        return job;
    }
}
