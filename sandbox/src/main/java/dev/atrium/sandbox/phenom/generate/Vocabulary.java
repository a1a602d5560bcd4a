package dev.atrium.sandbox.phenom.generate;

import dev.atrium.sandbox.support.generate.PersonNames;
import java.util.List;

/**
 * Words of the generated tenant: a US-based enterprise (Phenom's market) hiring in a few countries. Created
 * records and edits draw from the same lists.
 */
public final class Vocabulary {

    public static final PersonNames NAMES = new PersonNames(List.of(
            "Ana", "James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "David", "Linda", "William",
            "Elizabeth", "Carlos", "Priya", "Wei", "Fatima", "Kwame", "Sofia", "Liam", "Olivia", "Noah",
            "Emma", "Mateo", "Aisha", "Hiroshi", "Chloé", "Dmitri", "Zoë", "José", "Ngozi", "Sean",
            "Marisol", "Tyrone", "Hannah", "Raj", "Yuki", "Omar", "Grace", "Andrés", "Leila", "Brandon"), List.of(
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
            "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
            "Lee", "Perez", "Thompson", "White", "Harris", "Nguyen", "Patel", "Kim", "Okafor", "O'Connor",
            "Müller", "Dubois", "Rossi", "Nakamura", "Singh", "Cohen", "Van Buren", "De la Cruz", "Abernathy-Smith", "Ortiz"));

    static final List<String> MIDDLE_NAMES = List.of("", "", "", "A.", "Marie", "J.", "Lee", "Ann", "R.");

    /** A job title and the Phenom category it belongs to. */
    record Role(String title, String category) {
    }

    static final List<Role> ROLES = List.of(
            new Role("Senior Data Engineer", "Engineering"), new Role("Software Engineer II", "Engineering"),
            new Role("Site Reliability Engineer", "Engineering"), new Role("QA Analyst", "Engineering"),
            new Role("Registered Nurse - ICU", "Nursing"), new Role("Licensed Practical Nurse", "Nursing"),
            new Role("Patient Care Technician", "Nursing"), new Role("Store Manager", "Retail"),
            new Role("Sales Associate (Part-Time)", "Retail"), new Role("Account Executive", "Sales"),
            new Role("Inside Sales Representative", "Sales"), new Role("Financial Analyst", "Finance"),
            new Role("Payroll Specialist", "Finance"), new Role("HR Business Partner", "Human Resources"),
            new Role("Talent Acquisition Coordinator", "Human Resources"), new Role("Warehouse Associate", "Operations"),
            new Role("Forklift Operator - 2nd Shift", "Operations"), new Role("Customer Success Manager", "Customer Service"),
            new Role("Call Center Representative", "Customer Service"), new Role("Marketing Manager", "Marketing"));

    /** A work location with the locale its career site uses. */
    record Place(String city, String state, String country, String locale) {
    }

    static final List<Place> PLACES = List.of(
            new Place("Austin", "Texas", "United States", "en_US"), new Place("Chicago", "Illinois", "United States", "en_US"),
            new Place("Boston", "Massachusetts", "United States", "en_US"), new Place("Denver", "Colorado", "United States", "en_US"),
            new Place("Atlanta", "Georgia", "United States", "en_US"), new Place("Toronto", "Ontario", "Canada", "en_CA"),
            new Place("London", "England", "United Kingdom", "en_GB"), new Place("Lyon", "Auvergne-Rhône-Alpes", "France", "fr_FR"),
            new Place("Hyderabad", "Telangana", "India", "en_IN"));

    static final List<String> TENANTS = List.of("Northwind Health", "Contoso Retail", "Fabrikam Logistics",
            "Tailspin Financial", "Litware Systems", "Adventure Works");

    static final List<String> EMPLOYERS = List.of("Acme Corp", "Globex", "Initech", "Umbrella Health", "Stark Logistics",
            "Wayne Retail", "Hooli", "Vandelay Industries", "Soylent Foods", "Cyberdyne Systems");

    static final List<String> CANDIDATE_TITLES = List.of("Associate", "Analyst", "Engineer", "Nurse", "Shift Lead",
            "Coordinator", "Specialist", "Manager", "Student", "Technician");

    /** Where applications come from; Phenom's apply flow records the source name. */
    public static final List<String> SOURCES = List.of("Career Site", "LinkedIn", "Indeed", "Employee Referral",
            "Glassdoor", "Campus Event", "Phenom CRM", "Agency");

    static final List<String> USER_ROLES = List.of("Recruiter", "Hiring Manager", "Recruiting Admin", "Sourcer");

    static final List<String> ABOUT = List.of(
            "You will join a team that ships work our customers rely on every day.",
            "This role partners closely with operations and leadership.",
            "We are growing and need people who like to build things that last.",
            "The position offers a clear path to senior roles within two years.");

    static final List<String> REQUIREMENTS = List.of("Two or more years of relevant experience",
            "Strong written & spoken communication", "Comfort with shifting priorities", "A valid license where required",
            "Experience with modern tooling", "Ability to work on site three days a week");

    private Vocabulary() {
    }
}
