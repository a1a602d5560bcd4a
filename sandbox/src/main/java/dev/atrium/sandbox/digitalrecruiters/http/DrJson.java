package dev.atrium.sandbox.digitalrecruiters.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersSettings;
import dev.atrium.sandbox.digitalrecruiters.generate.Organisation;
import dev.atrium.sandbox.digitalrecruiters.model.Address;
import dev.atrium.sandbox.digitalrecruiters.model.CustomField;
import dev.atrium.sandbox.digitalrecruiters.model.Entity;
import dev.atrium.sandbox.digitalrecruiters.model.JobAd;
import dev.atrium.sandbox.digitalrecruiters.model.JobAdStatus;
import dev.atrium.sandbox.digitalrecruiters.model.Recruiter;
import dev.atrium.sandbox.support.http.JsonReplies;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Renders job ads the way the feed writes them (fact sheet 3.1, from a real snapshot). */
final class DrJson {

    /** ISO 8601 with the account's offset, as every Digital Recruiters date is written. */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneId.of("Europe/Paris"));
    static final String BRAND = "Atrium Démo Retail";

    private DrJson() {
    }

    static String date(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant);
    }

    static ObjectNode ad(JobAd ad, Organisation org, DigitalRecruitersSettings settings) {
        ObjectNode n = JsonReplies.MAPPER.createObjectNode();
        n.put("locale", "fr_FR");
        n.put("reference", ad.reference());
        n.put("published_at", date(ad.publishedAt()));
        n.put("catch_phrase", ad.catchPhrase());
        n.put("contract_type", ad.contractType());
        // The real feed writes durations as strings although the client schema says integers.
        n.putObject("contract_duration").put("min", text(ad.contractMinMonths())).put("max", text(ad.contractMaxMonths()));
        n.put("contract_work_period", ad.contractWorkPeriod());
        n.put("service", ad.service());
        n.put("service_internal_ref", ad.serviceRef());
        n.put("service_hash_id", ad.hashId());
        n.put("experience_level", ad.experienceLevel());
        n.put("education_level", ad.educationLevel());
        n.put("title", ad.title());
        n.put("description", ad.description());
        n.put("profile", ad.profile());
        ArrayNode skills = n.putArray("skills");
        ad.skills().forEach(skills::add);
        ObjectNode salary = n.putObject("salary");
        salary.put("min", ad.salaryMin()).put("max", ad.salaryMax()).put("kind", ad.salaryKind())
                .put("rate_type", "Brut").put("variable", "").put("currency", "EUR");
        n.putArray("pictures");
        n.putArray("videos");
        String slug = ad.adId() + "-" + ad.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        boolean internal = ad.status() == JobAdStatus.INTERNAL;
        n.put("internal_apply_url", internal ? "https://intranet.example.com/fr/annonce/" + slug : null);
        n.put("apply_url", internal ? null : "https://carrieres.example.com/fr/annonce/" + slug + "#declareStep1");
        Entity entity = org.entities().get(ad.entityIndex());
        n.set("address", address(entity.address()));
        n.set("entity", entity(entity));
        Recruiter r = org.recruiters().get(ad.recruiterIndex());
        ObjectNode recruiter = n.putObject("referent_recruiter").put("firstname", r.firstName()).put("lastname", r.lastName());
        recruiter.putNull("picture_url");
        if (settings.recruiterContactInFeed()) {
            recruiter.put("email", r.email()).put("phoneNumber", r.phoneNumber());
        }
        n.putObject("brand").put("name", BRAND).put("description", "<p>Le sport pour tous, partout.</p>")
                .put("logo", "https://cdn.example.com/brand/logo.png").put("favicon", "https://cdn.example.com/brand/favicon.ico");
        ArrayNode custom = n.putArray("custom_fields");
        for (CustomField f : ad.customFields()) {
            custom.addObject().put("hash", f.hash()).put("name", f.name()).put("value", f.value());
        }
        n.putNull("count_recruited");
        return n;
    }

    private static ObjectNode entity(Entity e) {
        ObjectNode n = JsonReplies.MAPPER.createObjectNode();
        n.put("public_name", e.publicName()).put("internal_ref", e.internalRef()).put("around", "");
        n.set("address", address(e.address()));
        ObjectNode manager = n.putObject("manager").put("section_title", "").put("section_body", "");
        manager.putNull("picture_url");
        manager.put("firstname", e.managerFirstName()).put("lastname", e.managerLastName()).put("position", e.managerPosition());
        ArrayNode hierarchy = n.putArray("hierarchy");
        hierarchy.addObject().put("depth", 2).put("column_name", "Sites").put("public_name", e.publicName());
        hierarchy.addObject().put("depth", 1).put("column_name", "Compte enfant").put("public_name", BRAND);
        return n;
    }

    static ObjectNode address(Address a) {
        ObjectNode n = JsonReplies.MAPPER.createObjectNode();
        n.putObject("parts").put("street", a.street()).put("zip", a.zip()).put("city", a.city())
                .put("county", a.county()).put("state", a.state()).put("country", a.country());
        n.put("formatted", a.formatted());
        // Coordinates are strings in the real feed.
        n.putObject("position").put("lon", Double.toString(a.longitude())).put("lat", Double.toString(a.latitude()));
        return n;
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }
}
