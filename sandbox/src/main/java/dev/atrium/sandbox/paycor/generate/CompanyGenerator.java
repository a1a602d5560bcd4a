package dev.atrium.sandbox.paycor.generate;

import dev.atrium.sandbox.paycor.PaycorCounts;
import dev.atrium.sandbox.paycor.model.AtsAccount;
import dev.atrium.sandbox.paycor.model.AtsDepartment;
import dev.atrium.sandbox.paycor.model.AtsLocation;
import dev.atrium.sandbox.paycor.model.JobUser;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.generate.PersonNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Builds the {@link Company}: everything except jobs and candidates. */
final class CompanyGenerator {

    static final int LOCATIONS = 6;
    private static final int LEGAL_ENTITY = 1101;
    private static final int NAME = 1102;
    private static final int USER_ID = 1103;
    private static final int USER_FIRST = 1104;
    private static final int USER_LAST = 1105;
    private static final int LOCATION = 1106;
    private static final List<String> NAMES = List.of(
            "Buckeye Precision Manufacturing", "Queen City Health Partners", "Tri-State Logistics",
            "Riverbend Hospitality Group", "Summit Ridge Dental", "Lakeshore Credit Union",
            "Prairie Wind Energy", "Harborview Senior Living");
    private static final List<String> ACCOUNT_SUFFIXES = List.of("Corporate", "Retail", "Field Operations", "Clinics");

    private final SeededHash hash;
    private final IdCodec ids;
    private final PaycorCounts counts;

    CompanyGenerator(SeededHash hash, IdCodec ids, PaycorCounts counts) {
        this.hash = hash;
        this.ids = ids;
        this.counts = counts;
    }

    /** The legal entity (Paycor client) id: six digits from the seed alone, so credentials never depend on counts. */
    static int legalEntityId(long seed) {
        return 100_000 + new SeededHash(seed).below(LEGAL_ENTITY, 0, 900_000);
    }

    Company generate() {
        String name = hash.pick(NAME, 0, NAMES);
        String domain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-") + ".example.com";
        List<AtsAccount> accounts = new ArrayList<>();
        for (int a = 0; a < counts.atsAccounts(); a++) {
            String title = a == 0 ? name + " ATS Account"
                    : name + " - " + ACCOUNT_SUFFIXES.get((a - 1) % ACCOUNT_SUFFIXES.size())
                            + (a > ACCOUNT_SUFFIXES.size() ? " " + a : "");
            accounts.add(new AtsAccount(a, ids.encode(IdCodec.Kind.ACCOUNT, a), title));
        }
        List<AtsDepartment> departments = new ArrayList<>();
        for (int d = 0; d < JobCatalog.DEPARTMENTS.size(); d++) {
            departments.add(new AtsDepartment(ids.encode(IdCodec.Kind.DEPARTMENT, d), JobCatalog.DEPARTMENTS.get(d)));
        }
        return new Company(legalEntityId(hash.seed()), name, domain, accounts, users(domain), locations(), departments);
    }

    private List<JobUser> users(String domain) {
        int base = 100_000 + hash.below(USER_ID, 0, 400_000);
        Set<String> emails = new HashSet<>();
        List<JobUser> users = new ArrayList<>();
        for (int u = 0; u < counts.users(); u++) {
            String first = hash.pick(USER_FIRST, u, PeopleVocabulary.FIRST_NAMES);
            String last = hash.pick(USER_LAST, u, PeopleVocabulary.LAST_NAMES);
            String local = PersonNames.emailLocalPart(first, last);
            if (!emails.add(local)) {
                local = local + (u + 1);
                emails.add(local);
            }
            users.add(new JobUser(base + u * 37, local + "@" + domain, first, last));
        }
        return users;
    }

    private List<AtsLocation> locations() {
        List<AtsLocation> locations = new ArrayList<>();
        for (int l = 0; l < LOCATIONS; l++) {
            PeopleVocabulary.City city = hash.pick(LOCATION, l, PeopleVocabulary.CITIES);
            String street = (100 + hash.below(LOCATION, l + 100L, 9_800)) + " " + hash.pick(LOCATION, l + 200L, PeopleVocabulary.STREETS);
            String unit = hash.chance(LOCATION, l + 300L, 0.4) ? hash.pick(LOCATION, l + 400L, PeopleVocabulary.UNITS) : null;
            // HR data entry is uneven: the vendor's own sample has a city in lower case.
            String cityName = hash.chance(LOCATION, l + 500L, 0.15) ? city.name().toLowerCase(Locale.ROOT) : city.name();
            locations.add(new AtsLocation(ids.encode(IdCodec.Kind.LOCATION, l), street, unit, cityName, city.state(),
                    PeopleVocabulary.postalCode(city, hash.below(LOCATION, l + 600L, 10_000)), city.canada() ? "CAN" : "USA"));
        }
        return locations;
    }
}
