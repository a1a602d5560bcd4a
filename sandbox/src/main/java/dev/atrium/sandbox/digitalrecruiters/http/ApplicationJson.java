package dev.atrium.sandbox.digitalrecruiters.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersSettings;
import dev.atrium.sandbox.digitalrecruiters.model.Application;
import dev.atrium.sandbox.digitalrecruiters.model.JobAd;
import dev.atrium.sandbox.digitalrecruiters.model.StatusLevel;
import dev.atrium.sandbox.support.http.JsonReplies;
import java.util.List;

/**
 * Renders a {@code job-applications/detailed} item (fact sheet 3.3, fields from client code). {@code status} carries
 * the level's raw literal (a setting); {@code applicationStatus} the outcome as {@code in_progress}, {@code hired}
 * or {@code refused} [G: neither vocabulary was captured].
 */
final class ApplicationJson {

    private static final List<String> CONTRACTS = List.of(
            "CDI", "CDD", "Contrat d'alternance (pro, apprentissage)", "Stage", "Intérim");

    private ApplicationJson() {
    }

    static ObjectNode item(Application a, JobAd ad, DigitalRecruitersSettings settings, String cvBase) {
        ObjectNode n = JsonReplies.MAPPER.createObjectNode();
        n.put("id", a.id());
        n.put("firstName", a.firstName());
        n.put("lastName", a.lastName());
        n.put("email", a.email());
        n.put("phoneNumber", a.phoneNumber());
        // Sent as 1 or 2 on apply, read back as a string.
        n.put("gender", a.gender() == null ? null : a.gender().toString());
        n.put("createdAt", DrJson.date(a.createdAt()));
        n.put("updatedAt", DrJson.date(a.updatedAt()));
        n.put("jobTitle", a.jobTitle());
        n.putNull("avatar");
        if (a.cvFileName() == null) {
            n.putNull("cv");
        } else {
            n.putObject("cv").put("url", cvBase + a.id() + "/cv");
        }
        ObjectNode location = n.putObject("location").put("zip", a.zip()).put("city", a.city());
        location.putNull("county");
        location.putNull("state");
        location.put("country", a.country());
        location.putNull("latitude");
        location.putNull("longitude");
        int contract = CONTRACTS.indexOf(ad.contractType());
        ObjectNode c = n.putObject("contract").put("id", contract + 1).put("name", ad.contractType());
        c.putArray("countryNodeIds").add(1);
        n.put("status", settings.label(a.level()));
        n.put("applicationStatus", outcome(a.level()));
        n.put("rejectedReason", a.rejectedReason());
        n.putObject("jobReference").put("label", ad.title()).put("hashId", ad.hashId());
        n.putObject("jobAd").put("id", ad.adId()).put("publishedAt", DrJson.date(ad.publishedAt()));
        n.putObject("privacy").put("status", "accepted").put("updatedAt", DrJson.date(a.createdAt()));
        n.put("educationLevel", a.educationLevel());
        n.put("experienceLevel", a.experienceLevel());
        n.put("locale", a.locale());
        n.put("origin", a.origin());
        n.put("isSpontaneous", a.spontaneous());
        n.put("isImported", a.imported());
        n.put("isFromExternalApi", a.fromExternalApi());
        return n;
    }

    static String outcome(StatusLevel level) {
        return switch (level) {
            case HIRING -> "hired";
            case REFUSAL -> "refused";
            default -> "in_progress";
        };
    }
}
