package dev.atrium.sandbox.icims.generate;

import dev.atrium.sandbox.icims.model.ListNode;
import dev.atrium.sandbox.support.generate.PersonNames;
import java.util.List;

/** Names, places, employers and jobs of the generated tenant (a US employer); varied on purpose. */
public final class Vocabulary {

    public static final PersonNames NAMES = new PersonNames(List.of(
            "Shari", "Philip", "Gabe", "Aaliyah", "Brandon", "Camila", "Darnell", "Elena", "Francisco", "Grace",
            "Hiroshi", "Imani", "Jamal", "Katherine", "Luis", "Maya", "Nathaniel", "Olivia", "Pedro", "Quinn",
            "Rebecca", "Santiago", "Tanisha", "Uriel", "Valeria", "Wyatt", "Xavier", "Yasmin", "Zachary", "Ava",
            "Bridget", "Connor", "Destiny", "Ethan", "Fernanda", "Gianna", "Hector", "Isabella", "José", "Kiara",
            "Logan", "Mariana", "Noah", "Ophelia", "Patrick", "Renée", "Sean", "Thuy", "Vivek", "Zoë"),
            List.of("Davis", "Johnson", "Nguyen", "Rodríguez", "Smith", "Williams", "Brown", "Garcia", "Miller",
                    "Martinez", "O'Connor", "Wilson", "Anderson", "Taylor", "Thomas", "Hernández", "Moore", "Jackson",
                    "Lee", "Pérez", "Thompson", "White", "Harris", "Sánchez", "Clark", "Ramírez", "Lewis", "Robinson",
                    "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Hill", "Flores", "Green",
                    "Adams", "Baker-Hughes", "Nelson", "Carter", "Mitchell", "Van Buren", "Roberts", "Patel",
                    "Kowalski", "Okafor", "Kim", "St. James"));

    /** A city with its state, as address list nodes carry them. */
    record City(String name, String zipPrefix, String stateAbbrev, String state, String area) {
    }

    static final List<City> CITIES = List.of(
            new City("Chicago", "606", "IL", "Illinois", "312"),
            new City("Boston", "021", "MA", "Massachusetts", "617"),
            new City("Austin", "787", "TX", "Texas", "512"),
            new City("Denver", "802", "CO", "Colorado", "303"),
            new City("Atlanta", "303", "GA", "Georgia", "404"),
            new City("Seattle", "981", "WA", "Washington", "206"),
            new City("Holmdel", "077", "NJ", "New Jersey", "732"),
            new City("Phoenix", "850", "AZ", "Arizona", "602"));

    static final List<String> STREETS = List.of(
            "Tremont Street", "W. Madison Street", "Congress Avenue", "Larimer Street", "Peachtree Road",
            "Pine Street", "Crawfords Corner Road", "Camelback Road", "Main Street", "Elm Avenue");

    static final List<String> EMPLOYERS = List.of(
            "Acme Logistics", "Northwind Health", "Harbor Discoveries", "Blue Ridge Bank", "Summit Retail",
            "Lakeside Schools", "Initech", "Globex Manufacturing", "Riverbend Hospitality", "Pioneer Energy");

    /** One kind of job: title, department, category and a yearly or hourly pay band. */
    record JobKind(String title, ListNode department, ListNode category, long payMin, long payMax, String timeframe) {
    }

    private static final ListNode ENGINEERING = new ListNode("C41001", "Engineering");
    private static final ListNode OPERATIONS = new ListNode("C41002", "Operations");
    private static final ListNode SALES = new ListNode("C41003", "Sales");
    private static final ListNode PEOPLE = new ListNode("C41004", "Human Resources");
    private static final ListNode FINANCE = new ListNode("C41005", "Finance");
    private static final ListNode SUPPORT = new ListNode("C41006", "Customer Service");
    private static final ListNode TECH = new ListNode("C36801", "Information Technology");
    private static final ListNode EDUCATION = new ListNode("C36823", "Education or Tutoring");
    private static final ListNode RETAIL = new ListNode("C36830", "Retail");
    private static final ListNode OFFICE = new ListNode("C36840", "Administrative");

    static final List<JobKind> JOBS = List.of(
            new JobKind("Senior Software Engineer - Infrastructure", ENGINEERING, TECH, 140_000, 185_000, "Yearly"),
            new JobKind("Data Analyst", ENGINEERING, TECH, 75_000, 98_000, "Yearly"),
            new JobKind("Warehouse Associate", OPERATIONS, RETAIL, 17, 21, "Hourly"),
            new JobKind("Customer Service Representative", SUPPORT, OFFICE, 18, 23, "Hourly"),
            new JobKind("Account Executive", SALES, RETAIL, 65_000, 90_000, "Yearly"),
            new JobKind("HR Generalist", PEOPLE, OFFICE, 58_000, 72_000, "Yearly"),
            new JobKind("Staff Accountant", FINANCE, OFFICE, 62_000, 78_000, "Yearly"),
            new JobKind("Harbor Discoveries Junior Counselor", OPERATIONS, EDUCATION, 15, 17, "Hourly"),
            new JobKind("Store Manager", SALES, RETAIL, 55_000, 70_000, "Yearly"),
            new JobKind("IT Support Specialist", ENGINEERING, TECH, 52_000, 66_000, "Yearly"),
            new JobKind("Recruiting Coordinator", PEOPLE, OFFICE, 48_000, 60_000, "Yearly"),
            new JobKind("Delivery Driver (CDL-A)", OPERATIONS, RETAIL, 24, 31, "Hourly"));

    static final List<String> USER_TITLES = List.of(
            "Talent Acquisition Partner", "Senior Recruiter", "Engineering Manager", "Operations Manager",
            "Director of Sales", "HR Business Partner", "Store Director", "Finance Manager");

    private Vocabulary() {
    }
}
