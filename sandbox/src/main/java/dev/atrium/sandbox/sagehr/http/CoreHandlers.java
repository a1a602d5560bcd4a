package dev.atrium.sandbox.sagehr.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.sagehr.SageHrSettings;
import dev.atrium.sandbox.sagehr.SageHrSimulator;
import dev.atrium.sandbox.sagehr.generate.Company;
import dev.atrium.sandbox.sagehr.model.Employee;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The core HR endpoints: employees, teams and HR job titles, paged by {@code page} alone at a fixed size. */
final class CoreHandlers {

    private final SageHrSimulator simulator;

    CoreHandlers(SageHrSimulator simulator) {
        this.simulator = simulator;
    }

    void employees(RoutingContext ctx) {
        Company company = simulator.store().base().company();
        SageHrJson json = new SageHrJson(simulator.settings(), company);
        EmployeeHistories histories = EmployeeHistories.requested(ctx);
        page(ctx, company.employees(), e -> histories.addTo(json.employee(e)));
    }

    void employee(RoutingContext ctx) {
        Company company = simulator.store().base().company();
        Optional<Employee> employee = RecruitmentHandlers.pathId(ctx).flatMap(company::employeeById);
        if (employee.isEmpty()) {
            VendorReplies.notFound(ctx);
            return;
        }
        VendorReplies.data(ctx, 200, EmployeeHistories.requested(ctx)
                .addTo(new SageHrJson(simulator.settings(), company).employee(employee.get())));
    }

    void teams(RoutingContext ctx) {
        Company company = simulator.store().base().company();
        page(ctx, company.teams(), new SageHrJson(simulator.settings(), company)::team);
    }

    void jobTitles(RoutingContext ctx) {
        Company company = simulator.store().base().company();
        page(ctx, company.jobTitles(), new SageHrJson(simulator.settings(), company)::jobTitle);
    }

    // per_page is not a parameter of these endpoints, so it is ignored.
    private <T> void page(RoutingContext ctx, List<T> records, Function<T, ObjectNode> render) {
        SageHrSettings settings = simulator.settings();
        Paging paging = new Paging(Paging.parsePage(ctx.request().getParam("page")), settings.corePageSize());
        ArrayNode items = SageHrJson.MAPPER.createArrayNode();
        RecruitmentHandlers.slice(records.size(), paging).forEach(i -> items.add(render.apply(records.get(i))));
        VendorReplies.list(ctx, items, paging.meta(records.size()));
    }
}
