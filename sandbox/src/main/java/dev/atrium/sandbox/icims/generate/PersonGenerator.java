package dev.atrium.sandbox.icims.generate;

import dev.atrium.sandbox.icims.model.Address;
import dev.atrium.sandbox.icims.model.ListNode;
import dev.atrium.sandbox.icims.model.Person;
import dev.atrium.sandbox.icims.model.Phone;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.generate.PersonNames;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Users (recruiters and hiring managers) and candidate people, each computed from its index alone. */
final class PersonGenerator {

    private static final int FIRST = 4301;
    private static final int LAST = 4302;
    private static final int EMAIL = 4303;
    private static final int PHONE = 4304;
    private static final int ADDRESS = 4305;
    private static final int WORK = 4306;
    private static final int MISC = 4307;
    private static final int UPDATED = 4308;
    private static final int USER = 4309;
    /** Users address mail at the tenant's reserved example domain. */
    static final String USER_DOMAIN = "harbor.example.com";

    private final SeededHash hash;

    PersonGenerator(SeededHash hash) {
        this.hash = hash;
    }

    /** User {@code u}: every third one a recruiter, the others hiring managers. */
    Person user(int u) {
        String first = Vocabulary.NAMES.firstName(hash.below(USER, u, 1 << 20));
        String last = Vocabulary.NAMES.lastName(hash.below(USER, u + 0x1000L, 1 << 20));
        ListNode folder = u % 3 == 0 ? Lists.PERSON_RECRUITER : Lists.PERSON_HIRING_MANAGER;
        Instant created = IcimsTimeline.NEWEST.minus(Duration.ofDays(800 + hash.below(USER, u + 0x2000L, 400)));
        String phone = "(312) 555-" + String.format(Locale.ROOT, "01%02d", u % 100);
        return new Person(IcimsDataset.userId(u), first, null, last,
                PersonNames.emailLocalPart(first, last) + (u + 1) + "@" + USER_DOMAIN, null,
                List.of(new Phone(1, Lists.PHONE_WORK, phone)), null, folder,
                folder.equals(Lists.PERSON_RECRUITER) ? "Talent Acquisition Partner" : hash.pick(USER, u + 0x3000L, Vocabulary.USER_TITLES),
                null, null, null, List.of(), false, true, created, created.plus(Duration.ofDays(hash.below(USER, u + 0x4000L, 300))));
    }

    /** Candidate person {@code p}, first seen at {@code created}. */
    Person candidate(int p, Instant created) {
        String first = Vocabulary.NAMES.firstName(hash.below(FIRST, p, 1 << 20));
        String last = Vocabulary.NAMES.lastName(hash.below(LAST, p, 1 << 20));
        String local = PersonNames.emailLocalPart(first, last) + (p + 1);
        String email = hash.chance(EMAIL, p, 0.03) ? null : local + "@" + hash.pick(EMAIL, p + 1L, PersonNames.EXAMPLE_EMAIL_DOMAINS);
        String alt = hash.chance(EMAIL, p + 2L, 0.3) ? PersonNames.emailPart(last) + (p + 1) + "@alt.example.net" : null;
        Vocabulary.City city = hash.pick(ADDRESS, p, Vocabulary.CITIES);
        List<Phone> phones = new ArrayList<>();
        if (hash.chance(PHONE, p, 0.85)) {
            phones.add(new Phone(phones.size() + 1, Lists.PHONE_MOBILE, phone(city.area(), hash.below(PHONE, p + 1L, 100))));
        }
        if (hash.chance(PHONE, p + 2L, 0.3)) {
            phones.add(new Phone(phones.size() + 1, Lists.PHONE_HOME, phone(city.area(), hash.below(PHONE, p + 3L, 100))));
        }
        if (hash.chance(PHONE, p + 4L, 0.12)) {
            phones.add(new Phone(phones.size() + 1, Lists.PHONE_WORK, phone(city.area(), hash.below(PHONE, p + 5L, 100))));
        }
        Address address = hash.chance(ADDRESS, p + 1L, 0.7) ? new Address(1001, Lists.ADDRESS_HOME,
                (1 + hash.below(ADDRESS, p + 2L, 9_999)) + " " + hash.pick(ADDRESS, p + 3L, Vocabulary.STREETS), city.name(),
                city.zipPrefix() + String.format(Locale.ROOT, "%02d", hash.below(ADDRESS, p + 4L, 100)),
                "D41001" + String.format(Locale.ROOT, "%03d", Vocabulary.CITIES.indexOf(city) + 1), city.stateAbbrev(),
                city.state(), "D41001", "US", "United States") : null;
        boolean employed = hash.chance(WORK, p, 0.6);
        String employer = employed ? hash.pick(WORK, p + 1L, Vocabulary.EMPLOYERS) : null;
        String title = employed ? hash.pick(WORK, p + 2L, Vocabulary.JOBS).title() : null;
        String linkedIn = hash.chance(MISC, p, 0.25)
                ? "https://www.linkedin.com/in/" + PersonNames.emailPart(first) + "-" + PersonNames.emailPart(last) + "-" + (p + 1) : null;
        ListNode gender = hash.chance(MISC, p + 1L, 0.5) ? hash.pick(MISC, p + 2L, Lists.GENDERS) : null;
        Instant updated = created;
        if (!hash.chance(UPDATED, p, 0.4)) {
            double u = hash.unit(UPDATED, p + 1L);
            updated = created.plusSeconds(60 * (long) (u * u * 60 * 24 * 40));
            updated = updated.isAfter(IcimsTimeline.NEWEST) ? IcimsTimeline.NEWEST : updated;
        }
        return new Person(IcimsDataset.candidateId(p), first, null, last, email, alt, phones, address,
                Lists.PERSON_CANDIDATE, title, employer, linkedIn, gender, interests(p), hash.chance(MISC, p + 3L, 0.75), false,
                created, updated);
    }

    /** None, one or two areas of interest, in list order. */
    private List<ListNode> interests(int p) {
        int n = hash.weighted(MISC, p + 4L, new int[] {5, 3, 2});
        int first = hash.below(MISC, p + 5L, CustomFields.INTERESTS.size());
        List<ListNode> picked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            picked.add(CustomFields.INTERESTS.get((first + 2 * i) % CustomFields.INTERESTS.size()));
        }
        return picked;
    }

    /** A fictional 555-01xx number written as iCIMS shows typed numbers. */
    private static String phone(String area, int line) {
        return area + " 555 " + String.format(Locale.ROOT, "01%02d", line);
    }
}
