package dev.atrium.sandbox.icims.generate;

import dev.atrium.sandbox.icims.model.Address;
import dev.atrium.sandbox.icims.model.Company;
import dev.atrium.sandbox.icims.model.JobLocation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tenant's company (location) profiles and the address rows jobs link to (fact sheet A6, ADDRESSLINK).
 * Tenant setup, so the same for every seed; two locations say "Remote" and "Hybrid", as tenants name them.
 */
public final class Companies {

    private static final Instant CREATED = Instant.parse("2021-03-01T15:00:00Z");

    /** Every company, ascending by id. */
    public static final List<Company> ALL = List.of(
            company(6, "Chicago", office(5, "540 W. Madison Street Suite 2500", 0, "60661"),
                    office(17, "2200 S. Halsted Street", 0, "60608")),
            company(8, "Boston", office(7, "1483 Tremont Street", 1, "02120")),
            company(10, "Austin", office(9, "600 Congress Avenue", 2, "78701")),
            company(12, "Holmdel", office(11, "101 Crawfords Corner Road", 6, "07733")),
            company(14, "Remote", new Address(13, Lists.ADDRESS_WORK, null, null, null, null, null, null,
                    "D41001", "US", "United States")),
            company(16, "Hybrid - Denver", office(15, "1600 Larimer Street", 3, "80202")));

    /** Every address row as the ADDRESSLINK jobs carry, in company order. */
    public static final List<JobLocation> LOCATIONS = locations();

    private Companies() {
    }

    public static Optional<Company> byId(long id) {
        return ALL.stream().filter(c -> c.id() == id).findFirst();
    }

    /** The one-line text iCIMS shows for a location: company name, then the address, with a trailing space. */
    static String oneLine(Company company, Address a) {
        StringBuilder s = new StringBuilder(company.name()).append(" - ");
        if (a.street() != null) {
            s.append(a.street()).append(' ').append(a.city()).append(", ").append(a.state()).append(' ')
                    .append(a.zip()).append(' ');
        }
        return s.append(a.country()).append(' ').toString();
    }

    private static Company company(long id, String name, Address... addresses) {
        return new Company(id, name, List.of(addresses), CREATED);
    }

    private static Address office(int entry, String street, int city, String zip) {
        Vocabulary.City c = Vocabulary.CITIES.get(city);
        return new Address(entry, Lists.ADDRESS_WORK, street, c.name(), zip,
                "D41001" + String.format(Locale.ROOT, "%03d", city + 1), c.stateAbbrev(), c.state(),
                "D41001", "US", "United States");
    }

    private static List<JobLocation> locations() {
        List<JobLocation> all = new ArrayList<>();
        for (Company c : ALL) {
            for (Address a : c.addresses()) {
                all.add(new JobLocation(a.entry(), c.id(), oneLine(c, a)));
            }
        }
        return List.copyOf(all);
    }
}
