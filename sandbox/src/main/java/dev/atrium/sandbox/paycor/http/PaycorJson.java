package dev.atrium.sandbox.paycor.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.paycor.PaycorSettings;
import dev.atrium.sandbox.paycor.model.AtsAccount;
import dev.atrium.sandbox.paycor.model.AtsCandidate;
import dev.atrium.sandbox.paycor.model.AtsDepartment;
import dev.atrium.sandbox.paycor.model.AtsLocation;
import dev.atrium.sandbox.paycor.model.Job;
import dev.atrium.sandbox.paycor.model.JobUser;
import dev.atrium.sandbox.paycor.model.PayRange;
import dev.atrium.sandbox.paycor.model.UserRole;
import dev.atrium.sandbox.support.http.JsonReplies;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/** Renders records in Paycor's camelCase wire shape (fact sheet B6), nulls included as the vendor example shows. */
final class PaycorJson {

    static final ObjectMapper MAPPER = JsonReplies.MAPPER;
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final PaycorSettings settings;

    PaycorJson(PaycorSettings settings) {
        this.settings = settings;
    }

    static ObjectNode account(AtsAccount a) {
        return MAPPER.createObjectNode().put("id", a.id()).put("title", a.title());
    }

    /** A job; each user list is filled only when {@code include} asked for it. */
    ObjectNode job(Job j, Set<UserRole> include) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", j.id());
        n.put("atsAccountId", j.atsAccountId());
        n.put("number", j.number());
        n.put("title", j.title());
        n.put("description", j.description());
        n.put("status", j.status().name());
        n.put("openings", j.openings());
        n.put("priority", j.priority() == null ? null : j.priority().name());
        n.put("confidential", j.confidential());
        n.put("internal", j.internal());
        n.put("timeToFill", j.timeToFill());
        n.put("remoteStatus", j.remoteStatus() == null ? null : j.remoteStatus().wire());
        n.put("eeoCategory", j.eeoCategory());
        payRange(n, j.payRange());
        location(n, j.location());
        department(n, j.department());
        for (UserRole role : UserRole.values()) {
            if (include.contains(role)) {
                ArrayNode users = n.putArray(role.field());
                j.users(role).forEach(u -> users.add(user(u)));
            } else if (settings.userListsNullUnlessIncluded()) {
                n.putNull(role.field());
            } else {
                n.putArray(role.field());
            }
        }
        n.put("activatedDate", iso(j.activatedAt()));
        n.put("createdDate", iso(j.createdAt()));
        n.put("modifiedDate", iso(j.modifiedAt()));
        n.put("postedToCareers", j.postings().careers());
        n.put("postedToIndeed", j.postings().indeed());
        n.put("postedToSmartSourcing", j.postings().smartSourcing());
        n.put("postedToLinkedIn", j.postings().linkedIn());
        n.put("postedToZipRecruiter", j.postings().zipRecruiter());
        n.put("postedToGravity", j.postings().gravity());
        return n;
    }

    ObjectNode candidate(AtsCandidate c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", c.id());
        n.put("jobId", c.jobId());
        n.put("atsAccountId", c.atsAccountId());
        n.put("email", c.email());
        n.put("firstName", c.firstName());
        n.put("lastName", c.lastName());
        n.put("preferredName", c.preferredName());
        n.put("startingStage", c.startingStage());
        n.put("startingStatus", c.startingStatus());
        n.put("stage", c.stage());
        n.put("status", c.status());
        n.put("source", c.source());
        n.put("mobilePhone", c.mobilePhone());
        n.put("altPhone", c.altPhone());
        n.put("altEmail", c.altEmail());
        n.put("address", c.address());
        n.put("address2", c.address2());
        n.put("city", c.city());
        n.put("state", c.state());
        n.put("postalCode", c.postalCode());
        n.put("country", c.country());
        n.put("createdDate", settings.candidateDateFormat().format(c.createdAt()));
        n.put("modifiedDate", settings.candidateDateFormat().format(c.modifiedAt()));
        n.put("resumeText", c.resumeText());
        return n;
    }

    private static ObjectNode user(JobUser u) {
        return MAPPER.createObjectNode().put("id", u.id()).put("email", u.email())
                .put("firstName", u.firstName()).put("lastName", u.lastName());
    }

    private static void payRange(ObjectNode n, PayRange p) {
        if (p == null) {
            n.putNull("payRange");
            return;
        }
        ObjectNode range = n.putObject("payRange");
        range.put("currency", p.currency());
        number(range, "minimum", p.minimum());
        number(range, "maximum", p.maximum());
        range.put("payPeriod", p.payPeriod());
    }

    /** .NET writes a whole double without ".0" (50000, not 50000.0). */
    private static void number(ObjectNode n, String field, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            n.put(field, (long) value);
        } else {
            n.put(field, value);
        }
    }

    private static void location(ObjectNode n, AtsLocation l) {
        if (l == null) {
            n.putNull("atsLocation");
            return;
        }
        n.putObject("atsLocation").put("id", l.id()).put("address1", l.address1()).put("address2", l.address2())
                .put("city", l.city()).put("state", l.state()).put("postalCode", l.postalCode()).put("country", l.country());
    }

    private static void department(ObjectNode n, AtsDepartment d) {
        if (d == null) {
            n.putNull("atsDepartment");
            return;
        }
        n.putObject("atsDepartment").put("id", d.id()).put("title", d.title());
    }

    static String iso(Instant instant) {
        return instant == null ? null : ISO_MILLIS.format(instant);
    }
}
