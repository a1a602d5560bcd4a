package dev.atrium.sandbox.paycor.generate;

import dev.atrium.sandbox.paycor.model.AtsAccount;
import dev.atrium.sandbox.paycor.model.AtsDepartment;
import dev.atrium.sandbox.paycor.model.AtsLocation;
import dev.atrium.sandbox.paycor.model.JobUser;
import java.util.List;

/**
 * The generated employer: its legal entity, ATS accounts, the pool of users that staff hiring teams,
 * offices and departments.
 */
public record Company(int legalEntityId, String name, String domain, List<AtsAccount> accounts,
        List<JobUser> users, List<AtsLocation> locations, List<AtsDepartment> departments) {

    public Company {
        accounts = List.copyOf(accounts);
        users = List.copyOf(users);
        locations = List.copyOf(locations);
        departments = List.copyOf(departments);
    }
}
