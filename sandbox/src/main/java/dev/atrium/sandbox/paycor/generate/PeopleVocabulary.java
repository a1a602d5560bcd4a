package dev.atrium.sandbox.paycor.generate;

import dev.atrium.sandbox.support.generate.PersonNames;
import java.util.List;
import java.util.Locale;

/** Names and addresses for generated US-based people and offices; varied on purpose (accents, apostrophes). */
final class PeopleVocabulary {

    static final List<String> FIRST_NAMES = List.of(
            "James", "Maria", "Robert", "Jennifer", "Michael", "Linda", "David", "Patricia", "William", "Elizabeth",
            "Jose", "Aaliyah", "DeShawn", "Mei", "Tyler", "Brianna", "Luis", "Keisha", "Connor", "Sofia",
            "Andre", "Hannah", "Raj", "Priya", "Kevin", "Ashley", "Hector", "Jasmine", "Nathan", "Olivia",
            "Jamal", "Emily", "Carlos", "Grace", "Brandon", "Chloé", "Dmitri", "Fatima", "Ethan", "Renée",
            "Malik", "Abigail", "Tomás", "Madison", "Hiroshi", "Leah", "Cody", "Imani", "Marcus", "Zoë",
            "Juan", "Kayla", "Mohammed", "Lauren", "Trevor", "Ngozi", "Bao", "Savannah", "Diego", "Megan");

    static final List<String> LAST_NAMES = List.of(
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
            "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
            "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
            "Walker", "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Hill", "Flores", "Green",
            "O'Connor", "McAllister", "Van Buren", "De La Cruz", "Okafor", "Patel", "Kim", "Schmidt", "Kowalski", "Novak",
            "Washington", "Begay", "Yazzie", "Castañeda", "Brooks", "Price", "Bennett", "Wood", "Barnes", "Ross");

    static final List<String> NICKNAMES = List.of("Jim", "Bobby", "Mike", "Liz", "Will", "Pat", "Dave", "Jen", "Bri", "Nate");

    static final List<String> STREETS = List.of(
            "Main Street", "Oak Avenue", "Maple Drive", "Woodstock Drive", "Vine Street", "Elm Street",
            "Madison Road", "Washington Boulevard", "Lakeview Court", "Cedar Lane", "Park Place", "Riverside Drive",
            "Hamilton Avenue", "MLK Drive", "Sycamore Street", "Walnut Hills Lane");

    static final List<String> UNITS = List.of("Apt 5", "Apt 12B", "Unit 3", "Suite 300", "#204", "Floor 2");

    /** A city with its state, a postal code prefix and whether it is in Canada. */
    record City(String name, String state, String postalPrefix, boolean canada) {
    }

    static final List<City> CITIES = List.of(
            new City("Cincinnati", "OH", "452", false),
            new City("Columbus", "OH", "432", false),
            new City("Cleveland", "OH", "441", false),
            new City("Chicago", "IL", "606", false),
            new City("Indianapolis", "IN", "462", false),
            new City("Louisville", "KY", "402", false),
            new City("Nashville", "TN", "372", false),
            new City("Atlanta", "GA", "303", false),
            new City("Dallas", "TX", "752", false),
            new City("Fort Collins", "CO", "805", false),
            new City("Phoenix", "AZ", "850", false),
            new City("Charlotte", "NC", "282", false),
            new City("Toronto", "ON", "M5V", true));

    static final PersonNames NAMES = new PersonNames(FIRST_NAMES, LAST_NAMES);

    private PeopleVocabulary() {
    }

    /** A postal code: five digits in the US, "A1A 1A1" in Canada. */
    static String postalCode(City city, int roll) {
        if (city.canada()) {
            return city.postalPrefix() + " " + (1 + roll % 9) + (char) ('A' + roll % 26) + (roll % 10);
        }
        return city.postalPrefix() + String.format(Locale.ROOT, "%02d", roll % 100);
    }
}
