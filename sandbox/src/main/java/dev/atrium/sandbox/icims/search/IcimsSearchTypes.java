package dev.atrium.sandbox.icims.search;

import static dev.atrium.sandbox.icims.search.SearchType.field;

import dev.atrium.sandbox.icims.model.Address;
import dev.atrium.sandbox.icims.model.Job;
import dev.atrium.sandbox.icims.model.Person;
import dev.atrium.sandbox.icims.model.Workflow;
import dev.atrium.sandbox.icims.store.IcimsStore;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The searchable fields of people, jobs and recruiting workflows: a documented subset (fact sheet A4). */
public final class IcimsSearchTypes {

    private IcimsSearchTypes() {
    }

    public static SearchType<Person> people() {
        return new SearchType<>("person", Map.ofEntries(
                Map.entry("id", field(FieldKind.NUMBER, Person::id)),
                Map.entry("firstname", field(FieldKind.TEXT, Person::firstName)),
                Map.entry("middlename", field(FieldKind.TEXT, Person::middleName)),
                Map.entry("lastname", field(FieldKind.TEXT, Person::lastName)),
                Map.entry("email", field(FieldKind.TEXT, Person::email)),
                Map.entry("emailaddress", field(FieldKind.TEXT, Person::email)),
                Map.entry("folder", field(FieldKind.LIST, p -> p.folder().id())),
                Map.entry("addresscity", field(FieldKind.TEXT, address(Address::city))),
                Map.entry("addresszip", field(FieldKind.TEXT, address(Address::zip))),
                Map.entry("addressstate", field(FieldKind.LIST, address(Address::stateId))),
                Map.entry("addresscountry", field(FieldKind.LIST, address(Address::countryId))),
                Map.entry("isfullaccessuser", field(FieldKind.BOOLEAN, Person::user)),
                Map.entry("createddate", field(FieldKind.DATE, Person::created)),
                Map.entry("updateddate", field(FieldKind.DATE, Person::updated))));
    }

    /** {@code postedto} names the portal a posted job is on. */
    public static SearchType<Job> jobs(String portalName) {
        return new SearchType<>("job", Map.ofEntries(
                Map.entry("id", field(FieldKind.NUMBER, Job::id)),
                Map.entry("jobtitle", field(FieldKind.TEXT, Job::title)),
                Map.entry("jobnumber", field(FieldKind.TEXT, Job::jobNumber)),
                Map.entry("folder", field(FieldKind.LIST, j -> j.folder().id())),
                Map.entry("positiontype", field(FieldKind.LIST, j -> j.positionType().id())),
                Map.entry("positioncategory", field(FieldKind.LIST, j -> j.positionCategory().id())),
                Map.entry("numberofpositions", field(FieldKind.NUMBER, j -> (long) j.openings())),
                Map.entry("jobpost.isposted", field(FieldKind.BOOLEAN, Job::posted)),
                Map.entry("jobpost.postdate", field(FieldKind.DATE, Job::postDate)),
                Map.entry("postedto", field(FieldKind.TEXT, j -> j.posted() ? portalName : null)),
                Map.entry("createddate", field(FieldKind.DATE, Job::created)),
                Map.entry("updateddate", field(FieldKind.DATE, Job::updated))));
    }

    /** No {@code createddate} filter: iCIMS documents none for workflows. */
    public static SearchType<Workflow> workflows(IcimsStore store) {
        Function<Workflow, Optional<Person>> person = w -> store.person(w.personId());
        return new SearchType<>("applicantworkflow", Map.ofEntries(
                Map.entry("id", field(FieldKind.NUMBER, Workflow::id)),
                Map.entry("status", field(FieldKind.LIST, w -> w.status().id())),
                Map.entry("bin", field(FieldKind.LIST, w -> w.status().bin().id())),
                Map.entry("updateddate", field(FieldKind.DATE, Workflow::updated)),
                Map.entry("person.id", field(FieldKind.NUMBER, Workflow::personId)),
                Map.entry("job.id", field(FieldKind.NUMBER, Workflow::jobId)),
                Map.entry("person.email", field(FieldKind.TEXT, w -> person.apply(w).map(Person::email).orElse(null))),
                Map.entry("person.createddate", field(FieldKind.DATE, w -> person.apply(w).map(Person::created).orElse(null)))));
    }

    private static Function<Person, Object> address(Function<Address, String> part) {
        return p -> p.address() == null ? null : part.apply(p.address());
    }
}
