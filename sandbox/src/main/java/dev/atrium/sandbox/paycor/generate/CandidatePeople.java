package dev.atrium.sandbox.paycor.generate;

import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.generate.PersonNames;
import java.util.Locale;

/** The person behind a candidate record, computed from a person index; any contact field may be missing. */
final class CandidatePeople {

    private static final int FIRST = 1701;
    private static final int LAST = 1702;
    private static final int EMAIL = 1703;
    private static final int PHONE = 1704;
    private static final int ADDRESS = 1705;
    private static final int PREFERRED = 1706;
    private static final int RESUME = 1707;
    private static final String[] AREA_CODES = {"513", "614", "216", "312", "317", "502", "615", "404", "214", "970", "602", "704", "416"};

    /** Person fields of an {@code AtsCandidate}. */
    record Person(String firstName, String lastName, String preferredName, String email, String altEmail,
            String mobilePhone, String altPhone, String address, String address2, String city, String state,
            String postalCode, String country, String resumeText) {
    }

    private final SeededHash hash;
    private final ResumeText resumes;

    CandidatePeople(SeededHash hash) {
        this.hash = hash;
        this.resumes = new ResumeText(hash);
    }

    Person person(int p) {
        String first = hash.pick(FIRST, p, PeopleVocabulary.FIRST_NAMES);
        String last = hash.pick(LAST, p, PeopleVocabulary.LAST_NAMES);
        String preferred = hash.chance(PREFERRED, p, 0.12) ? hash.pick(PREFERRED, p + 1L, PeopleVocabulary.NICKNAMES) : null;
        String local = PersonNames.emailLocalPart(first, last) + (p + 1);
        String email = hash.chance(EMAIL, p, 0.03) ? null : local + "@" + hash.pick(EMAIL, p + 1L, PersonNames.EXAMPLE_EMAIL_DOMAINS);
        String altEmail = hash.chance(EMAIL, p + 2L, 0.1)
                ? PersonNames.emailPart(first) + PersonNames.emailPart(last) + (p + 1) + "@alt.example.net" : null;
        PeopleVocabulary.City city = hash.pick(ADDRESS, p, PeopleVocabulary.CITIES);
        String area = AREA_CODES[PeopleVocabulary.CITIES.indexOf(city)];
        String mobile = hash.chance(PHONE, p, 0.85) ? phone(area, hash.below(PHONE, p + 1L, 100), hash.below(PHONE, p + 2L, 4)) : null;
        String alt = hash.chance(PHONE, p + 3L, 0.15) ? phone(area, hash.below(PHONE, p + 4L, 100), 0) : null;
        boolean hasAddress = hash.chance(ADDRESS, p + 1L, 0.7);
        String street = null;
        String unit = null;
        String cityName = null;
        String state = null;
        String postal = null;
        String country = null;
        if (hasAddress) {
            street = (1 + hash.below(ADDRESS, p + 2L, 9_999)) + " " + hash.pick(ADDRESS, p + 3L, PeopleVocabulary.STREETS);
            unit = hash.chance(ADDRESS, p + 4L, 0.15) ? hash.pick(ADDRESS, p + 5L, PeopleVocabulary.UNITS) : null;
            cityName = city.name();
            state = city.state();
            postal = PeopleVocabulary.postalCode(city, hash.below(ADDRESS, p + 6L, 10_000));
            country = country(city, hash.below(ADDRESS, p + 7L, 20));
        } else if (hash.chance(ADDRESS, p + 8L, 0.5)) {
            country = country(city, 0);
        }
        String resume = hash.chance(RESUME, p, 0.75) ? resumes.html(p, first, last, email, mobile, cityName) : null;
        return new Person(first, last, preferred, email, altEmail, mobile, alt, street, unit, cityName, state, postal,
                country, resume);
    }

    /** Country as typed on application forms: mostly "United States" like the vendor example, sometimes not. */
    private static String country(PeopleVocabulary.City city, int roll) {
        if (city.canada()) {
            return "Canada";
        }
        return switch (roll) {
            case 1, 2 -> "USA";
            case 3 -> "US";
            case 4 -> null;
            default -> "United States";
        };
    }

    /** A fictional 555-01xx number in one of the formats applicants type. */
    private static String phone(String area, int line, int format) {
        String last4 = String.format(Locale.ROOT, "01%02d", line);
        return switch (format) {
            case 1 -> "(" + area + ") 555-" + last4;
            case 2 -> area + "-555-" + last4;
            case 3 -> "+1 " + area + "-555-" + last4;
            default -> area + "555" + last4;
        };
    }
}
