package dev.atrium.sandbox.icims.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.icims.generate.CustomFields;
import dev.atrium.sandbox.icims.generate.IcimsDataset;
import dev.atrium.sandbox.icims.model.Address;
import dev.atrium.sandbox.icims.model.Company;
import dev.atrium.sandbox.icims.model.Job;
import dev.atrium.sandbox.icims.model.ListNode;
import dev.atrium.sandbox.icims.model.Person;
import dev.atrium.sandbox.icims.model.Phone;
import dev.atrium.sandbox.icims.model.Salary;
import dev.atrium.sandbox.icims.model.Workflow;
import dev.atrium.sandbox.icims.search.SearchDates;
import dev.atrium.sandbox.icims.store.IcimsStore;
import dev.atrium.sandbox.support.http.JsonReplies;
import java.time.Instant;
import java.util.Set;

/**
 * Renders profiles as iCIMS does (fact sheet A6, A7): lower-case keys, fields without a value left out, list
 * nodes as {@code {id, value, formattedvalue}}, dates as {@code yyyy-MM-dd hh:mm a} in UTC, links to itself.
 * Custom fields use this tenant's field ids.
 */
final class IcimsJson {

    static final String FIELD_ALT_EMAIL = "field51201";
    static final String FIELD_LINKEDIN = "field51202";
    static final String FIELD_EMPLOYER = "field51203";
    static final String FIELD_SALARY_MIN = "field50101";
    static final String FIELD_SALARY_MAX = "field50102";

    private final String root;
    private final IcimsStore store;
    private final String jobFormField;

    /**
     * @param root         the API root of the customer, {@code .../customers/{customerId}}
     * @param jobFormField the job field that names the job's iForm, blank for none
     */
    IcimsJson(String root, IcimsStore store, String jobFormField) {
        this.root = root;
        this.store = store;
        this.jobFormField = jobFormField;
    }

    ObjectNode person(Person p) {
        ObjectNode n = JsonReplies.MAPPER.createObjectNode();
        text(n, "firstname", p.firstName());
        text(n, "middlename", p.middleName());
        text(n, "lastname", p.lastName());
        text(n, "email", p.email());
        if (!p.phones().isEmpty()) {
            ArrayNode phones = n.putArray("phones");
            for (Phone ph : p.phones()) {
                ObjectNode row = phones.addObject().put("entry", ph.entry());
                row.putObject("phonetype").put("id", ph.type().id()).put("value", ph.type().value());
                row.put("phonenumber", ph.number());
            }
        }
        if (p.address() != null) {
            n.putArray("addresses").add(address(p.address()));
        }
        list(n, "folder", p.folder());
        text(n, "jobtitle", p.jobTitle());
        list(n, "gender", p.gender());
        if (!p.interests().isEmpty()) {
            ArrayNode interests = n.putArray(CustomFields.PERSON_INTERESTS);
            p.interests().forEach(i -> interests.add(node(i)));
        }
        text(n, FIELD_ALT_EMAIL, p.altEmail());
        text(n, FIELD_LINKEDIN, p.linkedIn());
        text(n, FIELD_EMPLOYER, p.employer());
        date(n, "createddate", p.created());
        date(n, "updateddate", p.updated());
        links(n, self("people", p.id()));
        return n;
    }

    /** A company (location) profile: its name and address rows. */
    ObjectNode company(Company c) {
        ObjectNode n = JsonReplies.MAPPER.createObjectNode();
        n.put("name", c.name());
        ArrayNode rows = n.putArray("addresses");
        c.addresses().forEach(a -> rows.add(address(a)));
        date(n, "createddate", c.created());
        links(n, self("companies", c.id()));
        return n;
    }

    /** One address row, as a collection entry or alone at {@code .../fields/addresses/{entry}}. */
    static ObjectNode address(Address a) {
        ObjectNode row = JsonReplies.MAPPER.createObjectNode().put("entry", a.entry());
        row.set("addresstype", node(a.type()));
        text(row, "addressstreet1", a.street());
        text(row, "addresscity", a.city());
        text(row, "addresszip", a.zip());
        if (a.stateId() != null) {
            row.putObject("addressstate").put("id", a.stateId()).put("abbrev", a.stateAbbrev()).put("value", a.state());
        }
        row.putObject("addresscountry").put("id", a.countryId()).put("abbrev", a.countryAbbrev()).put("value", a.country());
        return row;
    }

    ObjectNode job(Job j) {
        ObjectNode n = JsonReplies.MAPPER.createObjectNode();
        n.put("jobid", j.jobNumber());
        n.put("jobtitle", j.title());
        list(n, "folder", j.folder());
        n.putObject("joblocation").put("id", j.location().id()).put("companyid", j.location().companyId())
                .put("address", root + "/companies/" + j.location().companyId() + "/fields/addresses/" + j.location().id())
                .put("value", j.location().value());
        personLink(n, "hiringmanager", j.hiringManagerId());
        personLink(n, "recruiter", j.recruiterId());
        if (j.secondaryRecruiterId() != null) {
            personLink(n, "secondaryrecruiter", j.secondaryRecruiterId());
        }
        list(n, "positiontype", j.positionType());
        list(n, "positioncategory", j.positionCategory());
        list(n, "department", j.department());
        n.put("numberofpositions", j.openings());
        text(n, "overview", j.overview());
        list(n, CustomFields.JOB_REASON, j.reason());
        if (!jobFormField.isBlank()) {
            text(n, jobFormField, j.formName());
        }
        salary(n, FIELD_SALARY_MIN, j.salaryMin());
        salary(n, FIELD_SALARY_MAX, j.salaryMax());
        date(n, "createddate", j.created());
        date(n, "updateddate", j.updated());
        links(n, self("jobs", j.id()));
        return n;
    }

    ObjectNode workflow(Workflow w) {
        ObjectNode n = JsonReplies.MAPPER.createObjectNode();
        store.job(w.jobId()).ifPresent(job -> n.putObject("baseprofile").put("profile", self("jobs", job.id()))
                .put("id", job.id()).put("value", job.title()));
        store.person(w.personId()).ifPresent(p -> n.putObject("associatedprofile")
                .put("profile", self("people", p.id())).put("id", p.id()).put("value", p.fullName()));
        list(n, "status", w.status().node());
        text(n, "source", w.source());
        text(n, "sourcename", w.sourceName());
        list(n, "sourceorigin", w.sourceOrigin());
        list(n, CustomFields.WORKFLOW_INTERVIEW_FORMAT, w.interviewFormat());
        text(n, CustomFields.WORKFLOW_REFERRAL_NOTE, w.referralNote());
        date(n, "createddate", w.created());
        date(n, "updateddate", w.updated());
        ArrayNode links = n.putArray("links");
        // All three links carry rel "self", as in the real fixture.
        link(links, "The current profile being viewed.", self("applicantworkflows", w.id()));
        link(links, "The base profile of this workflow.", self("jobs", w.jobId()));
        link(links, "The associated profile of this workflow.", self("people", w.personId()));
        return n;
    }

    /** Keeps only the asked fields (and the links when the settings say so). */
    static ObjectNode trim(ObjectNode full, Set<String> fields, boolean keepLinks) {
        if (fields == null) {
            return full;
        }
        full.retain(keepLinks ? union(fields, "links") : fields);
        return full;
    }

    String self(String type, long id) {
        return root + "/" + type + "/" + id;
    }

    static ObjectNode node(ListNode node) {
        return JsonReplies.MAPPER.createObjectNode().put("id", node.id()).put("value", node.value())
                .put("formattedvalue", node.value());
    }

    private void personLink(ObjectNode n, String key, long personId) {
        store.person(personId).ifPresent(p -> n.putObject(key).put("id", p.id())
                .put("value", IcimsDataset.shortName(p)).put("profile", self("people", p.id())));
    }

    private void links(ObjectNode n, String self) {
        link(n.putArray("links"), "The current profile being viewed.", self);
    }

    private static void link(ArrayNode links, String title, String url) {
        links.addObject().put("rel", "self").put("title", title).put("url", url);
    }

    private static void text(ObjectNode n, String key, String value) {
        if (value != null && !value.isEmpty()) {
            n.put(key, value);
        }
    }

    private static void list(ObjectNode n, String key, ListNode value) {
        if (value != null) {
            n.set(key, node(value));
        }
    }

    private static void date(ObjectNode n, String key, Instant value) {
        if (value != null) {
            n.put(key, SearchDates.format(value));
        }
    }

    private static void salary(ObjectNode n, String key, Salary s) {
        if (s != null) {
            n.putObject(key).put("currency", s.currency()).put("amount", s.amount()).put("timeframe", s.timeframe());
        }
    }

    private static Set<String> union(Set<String> fields, String extra) {
        java.util.HashSet<String> all = new java.util.HashSet<>(fields);
        all.add(extra);
        return all;
    }
}
