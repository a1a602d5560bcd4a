package dev.atrium.sandbox.phenom.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.phenom.generate.PhenomDataset;
import dev.atrium.sandbox.phenom.generate.WorkflowCatalog;
import dev.atrium.sandbox.phenom.model.Application;
import dev.atrium.sandbox.phenom.model.Candidate;
import dev.atrium.sandbox.phenom.model.Job;
import dev.atrium.sandbox.phenom.model.Phone;
import dev.atrium.sandbox.phenom.model.Recruiter;
import dev.atrium.sandbox.phenom.model.User;
import dev.atrium.sandbox.phenom.model.WorkflowStatus;
import dev.atrium.sandbox.support.http.JsonReplies;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Renders records in Phenom's wire shapes (fact sheet 1.5 and 1.7). Candidate dates are epoch milliseconds
 * [D numbers, G unit]; job dates follow the widget form {@code 2024-05-02T00:00:00.000+0000} [G]; application
 * and applicant dates are ISO instants [G].
 */
final class PhenomJson {

    static final ObjectMapper MAPPER = JsonReplies.MAPPER;
    private static final DateTimeFormatter POSTED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx")
            .withZone(ZoneOffset.UTC);

    private final PhenomDataset base;

    PhenomJson(PhenomDataset base) {
        this.base = base;
    }

    ObjectNode job(Job j) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("jobId", j.jobId());
        n.put("reqId", j.reqId());
        n.put("title", j.title());
        n.put("description", j.description());
        String seqNo = base.companyName().replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT) + j.jobId().replace("-", "")
                + j.siteType().toUpperCase(Locale.ROOT) + j.locale().replace("_", "").toUpperCase(Locale.ROOT);
        String[] locale = j.locale().toLowerCase(Locale.ROOT).split("_");
        n.put("applyUrl", "https://careers." + base.domain() + "/" + locale[1] + "/" + locale[0] + "/apply?jobSeqNo=" + seqNo);
        n.put("externalApply", j.index() % 5 == 0);
        n.put("category", j.category());
        n.put("companyName", base.companyName());
        n.put("locale", j.locale());
        n.put("siteType", j.siteType());
        n.put("ats", "workday");
        n.put("hiringManagerEmail", j.hiringManagerEmail());
        n.put("hiringManagerName", j.hiringManagerName());
        ArrayNode recruiters = n.putArray("multiRecruiter");
        for (Recruiter r : j.multiRecruiter()) {
            recruiters.addObject().put("recruiterEmail", r.recruiterEmail()).put("recruiterName", r.recruiterName());
        }
        n.put("city", j.city());
        n.put("state", j.state());
        n.put("country", j.country());
        n.put("postedDate", POSTED.format(j.postedDate()));
        return n;
    }

    /** {@code ApplicationWithId}: the application with its candidate's primary contact data. */
    ObjectNode application(Application a, Candidate c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("applicationId", a.applicationId());
        n.put("jobId", a.wireJobId());
        ObjectNode data = n.putObject("candidateData");
        data.put("candidateId", c.candidateId());
        data.put("firstName", c.firstName());
        data.put("middleName", c.middleName());
        data.put("lastName", c.lastName());
        ObjectNode contact = data.putObject("contactData");
        contact.put("email", c.primaryEmail());
        Phone phone = c.phones().isEmpty() ? null : c.phones().get(0);
        contact.put("countryPhoneCode", phone == null ? "" : phone.countryPhoneCode());
        contact.put("phoneNumber", phone == null ? "" : phone.phoneNumber());
        contact.put("deviceType", phone == null ? "" : phone.deviceType());
        contact.put("phoneExtension", "");
        n.put("status", status(a).name());
        n.put("source", a.source());
        n.put("appliedDate", a.appliedDate().toString());
        n.put("updatedDate", a.updatedDate().toString());
        return n;
    }

    /** An entry of a job's applicants list. */
    ObjectNode applicant(Application a, Candidate c) {
        ObjectNode n = MAPPER.createObjectNode();
        ArrayNode emails = n.putArray("emails");
        c.emails().forEach(emails::add);
        n.put("firstName", c.firstName());
        n.put("lastName", c.lastName());
        n.put("dateCreated", a.appliedDate().toString());
        n.put("hiringStatus", status(a).name());
        n.put("candidateId", c.candidateId());
        n.put("applicationId", a.applicationId());
        return n;
    }

    ObjectNode candidate(Candidate c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("candidateId", c.candidateId());
        n.putNull("employeeId");
        n.put("firstName", c.firstName());
        n.put("middleName", c.middleName());
        n.put("lastName", c.lastName());
        n.put("company", c.company());
        n.put("title", c.title());
        n.putNull("linkedInProfileURL");
        n.put("createdDate", c.createdDate().toEpochMilli());
        n.put("updatedDate", c.updatedDate().toEpochMilli());
        ArrayNode emails = n.putArray("emailList");
        for (int k = 0; k < c.emails().size(); k++) {
            emails.addObject().put("emailId", c.emails().get(k)).put("isPrimary", k == 0);
        }
        ArrayNode phones = n.putArray("phoneList");
        for (int k = 0; k < c.phones().size(); k++) {
            Phone p = c.phones().get(k);
            phones.addObject().put("countryPhoneCode", p.countryPhoneCode()).put("phoneNumber", p.phoneNumber())
                    .put("deviceType", p.deviceType()).put("isPrimary", k == 0);
        }
        n.putObject("location").put("city", c.city()).put("country", c.country());
        n.put("source", c.source());
        return n;
    }

    ObjectNode workflowStatus(WorkflowStatus s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("statusId", s.statusId());
        n.put("name", s.name());
        n.put("statusCode", s.statusCode());
        n.put("statusType", s.statusType().name());
        n.putArray("associatedWorkflows").add(WorkflowCatalog.WORKFLOW);
        return n;
    }

    ObjectNode user(User u) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("userId", u.userId());
        n.put("username", u.username());
        n.put("firstName", u.firstName());
        n.put("lastName", u.lastName());
        n.put("email", u.email());
        n.put("enabled", u.enabled());
        ObjectNode product = n.putArray("products").addObject().put("productTitle", "Phenom TXM");
        u.roles().forEach(product.putArray("roles")::add);
        n.put("createdDate", u.createdDate().toEpochMilli());
        return n;
    }

    private WorkflowStatus status(Application a) {
        return base.statuses().get(a.statusOrder());
    }

    static String iso(Instant instant) {
        return instant.toString();
    }
}
