package dev.atrium.sandbox.paycor.generate;

import dev.atrium.sandbox.support.SeededHash;
import java.util.List;

/** The HTML a resume parser produces: name, contact line, a few jobs and a degree (fact sheet B6.3 {@code resumeText}). */
final class ResumeText {

    private static final int RESUME = 1501;
    private static final List<String> EMPLOYERS = List.of(
            "Kroger", "Cintas", "Fifth Third Bank", "TriHealth", "Great American Insurance", "Amazon Fulfillment",
            "Skyline Chili", "Cincinnati Children's", "Macy's", "UPS", "Local 212 Electricians", "Self-employed");
    private static final List<String> ROLES = List.of(
            "Associate", "Team Lead", "Coordinator", "Specialist", "Technician", "Shift Supervisor", "Analyst", "Intern");
    private static final List<String> DEGREES = List.of(
            "B.S. Business Administration, University of Cincinnati", "A.A.S. Nursing, Cincinnati State",
            "B.A. Communications, Ohio State University", "High School Diploma, Walnut Hills High School",
            "B.S. Computer Science, Miami University", "CDL Class A certification");

    private final SeededHash hash;

    ResumeText(SeededHash hash) {
        this.hash = hash;
    }

    String html(int person, String first, String last, String email, String phone, String city) {
        StringBuilder html = new StringBuilder();
        html.append("<p><strong>").append(JobText.escape(first)).append(' ').append(JobText.escape(last)).append("</strong></p>");
        StringBuilder contact = new StringBuilder();
        for (String part : new String[] {city, email, phone}) {
            if (part != null) {
                contact.append(contact.length() == 0 ? "" : " | ").append(JobText.escape(part));
            }
        }
        if (contact.length() > 0) {
            html.append("<p>").append(contact).append("</p>");
        }
        html.append("<h3>Experience</h3><ul>");
        int jobs = 1 + hash.below(RESUME, person, 3);
        int year = 2024;
        for (int k = 0; k < jobs; k++) {
            int length = 1 + hash.below(RESUME, person * 8L + k + 1, 5);
            html.append("<li>").append(hash.pick(RESUME, person * 8L + k + 2, ROLES)).append(", ")
                    .append(JobText.escape(hash.pick(RESUME, person * 8L + k + 3, EMPLOYERS))).append(" (")
                    .append(year - length).append("&ndash;").append(k == 0 ? "present" : String.valueOf(year)).append(")</li>");
            year -= length;
        }
        html.append("</ul><h3>Education</h3><p>").append(JobText.escape(hash.pick(RESUME, person * 8L + 7, DEGREES))).append("</p>");
        return html.toString();
    }
}
