package dev.atrium.sandbox.sagehr.generate;

import java.util.List;

/** Job, team and company vocabulary for generated positions, teams and HR job titles. */
final class JobCatalog {

    static final List<String> RECRUITMENT_TITLES = List.of(
            "Senior Backend Engineer", "Product Designer", "Head of People", "Account Executive",
            "Customer Success Manager", "Data Analyst", "Frontend Engineer (React)", "Finance Business Partner",
            "Marketing Manager – EMEA", "Site Reliability Engineer", "Office Manager", "QA Engineer",
            "Sales Development Representative", "Payroll Specialist", "Chief Technology Officer",
            "Graduate Software Engineer", "Legal Counsel", "Technical Writer", "Mobile Engineer (iOS)",
            "Warehouse Operative", "Talent Acquisition Partner", "Product Manager, Payments",
            "Support Engineer (Tier 2)", "Content & Community Lead");

    static final List<String> TEAMS = List.of(
            "Management", "Engineering", "Sales", "Marketing", "Customer Success", "Finance",
            "People", "Operations", "Product", "Legal");

    /** HR job title, code and one-line description for the core /positions endpoint. */
    record HrTitle(String title, String code, String description) {
    }

    static final List<HrTitle> HR_TITLES = List.of(
            new HrTitle("Chief Executive Officer", "CEO", "Leads the company."),
            new HrTitle("Software Engineer", "SWE", "Builds and runs the product."),
            new HrTitle("Engineering Manager", "EM", "Leads an engineering team."),
            new HrTitle("Account Executive", "AE", "Closes new business."),
            new HrTitle("People Partner", "PP", "Supports managers and employees on people matters."),
            new HrTitle("Financial Controller", "FC", "Owns accounting and reporting."),
            new HrTitle("Marketing Specialist", "MKT", "Runs campaigns."),
            new HrTitle("Customer Success Manager", "CSM", "Keeps customers successful."),
            new HrTitle("Recruiter", "REC", "Runs hiring processes."),
            new HrTitle("Office Administrator", "ADM", "Keeps the office running."));

    static final List<String> LOCATIONS = List.of(
            "London", "Manchester", "Dublin", "Remote", "Lisbon", "Vilnius", "Edinburgh", "Bristol");

    static final List<String> GROUPS = List.of(
            "Hiring Group", "Tech hiring", "Commercial hiring", "Graduate programme", "Leadership hiring");

    /** Null is a documented value of employment_type. */
    static final List<String> EMPLOYMENT_TYPES = java.util.Arrays.asList(
            "Full-time", "Full-time", "Full-time", "Part-time", "Contract", "Internship", "Temporary", null);

    static final List<String> EMPLOYMENT_STATUSES = List.of("Full-time", "Full-time", "Part-time", "Contractor");

    static final List<String> ABOUT_SENTENCES = List.of(
            "You will join a small team that ships every week.",
            "We are growing fast &amp; looking for someone who enjoys ownership.",
            "This role reports to the head of the department.",
            "You will work closely with customers across Europe.",
            "Hybrid working: two days a week in the office.");

    static final List<String> REQUIREMENTS = List.of(
            "3+ years in a similar role", "Excellent written English", "Experience with SaaS products",
            "Comfortable with ambiguity", "A degree or equivalent experience", "Right to work in the UK or EU",
            "Strong SQL", "Stakeholder management");

    static final List<String> BENEFITS = List.of(
            "25 days holiday plus bank holidays", "Private health insurance", "Learning budget of £1,000",
            "Enhanced parental leave", "Cycle to work scheme", "Share options");

    static final List<String> SUMMARIES = List.of(
            "Experienced professional looking for a new challenge.",
            "Career changer with a background in teaching.",
            "Recently relocated; available to start immediately.",
            "Worked 4 years at a fintech scale-up.",
            "Open to hybrid or remote roles. Notice period: 1 month.",
            "Graduate with internship experience in a similar team.");

    /** Custom (non built-in) sources as recruiters type them. */
    static final List<String> CUSTOM_SOURCES = List.of(
            "linkedin", "indeed", "glassdoor", "Careers fair", "stackoverflow", "university_partnership");

    static final List<String> CV_EXTENSIONS = List.of("pdf", "pdf", "pdf", "docx", "doc");

    private JobCatalog() {
    }
}
