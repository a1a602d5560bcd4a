package dev.atrium.sandbox.paycor.generate;

import dev.atrium.sandbox.paycor.model.AtsLocation;
import dev.atrium.sandbox.support.SeededHash;
import java.util.ArrayList;
import java.util.List;

/** Job descriptions: mostly HTML as recruiters paste it, some plain one-liners (as in the vendor sample), a few empty. */
final class JobText {

    private static final int DESCRIPTION = 1301;

    private final SeededHash hash;
    private final Company company;

    JobText(SeededHash hash, Company company) {
        this.hash = hash;
        this.company = company;
    }

    String description(int j, JobCatalog.Entry entry, AtsLocation location) {
        double roll = hash.unit(DESCRIPTION, j);
        if (roll < 0.04) {
            return null;
        }
        if (roll < 0.15) {
            return entry.title() + " opening at " + company.name();
        }
        StringBuilder html = new StringBuilder();
        html.append("<p>").append(escape(company.name())).append(" is hiring a <strong>").append(escape(entry.title()))
                .append("</strong> for our ").append(escape(entry.department())).append(" team");
        if (location != null && location.city() != null) {
            html.append(" in ").append(escape(location.city())).append(", ").append(escape(location.state()));
        }
        html.append(".</p>");
        section(html, "What you will do", pickSome(j, 1, JobCatalog.RESPONSIBILITIES, 3));
        section(html, "What you bring", pickSome(j, 2, JobCatalog.REQUIREMENTS, 3));
        if (hash.chance(DESCRIPTION, j + 3L, 0.6)) {
            section(html, "Benefits &amp; perks", pickSome(j, 4, JobCatalog.BENEFITS, 2));
        }
        return html.toString();
    }

    private List<String> pickSome(int j, int part, List<String> from, int count) {
        List<String> picked = new ArrayList<>();
        int start = hash.below(DESCRIPTION, j * 16L + part, from.size());
        for (int k = 0; k < count && k < from.size(); k++) {
            picked.add(from.get((start + k) % from.size()));
        }
        return picked;
    }

    private static void section(StringBuilder html, String heading, List<String> items) {
        html.append("<h3>").append(heading).append("</h3><ul>");
        items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
        html.append("</ul>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
