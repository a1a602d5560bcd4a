package dev.atrium.sandbox.sagehr.generate;

import dev.atrium.sandbox.sagehr.SageHrCounts;
import dev.atrium.sandbox.sagehr.model.Employee;
import dev.atrium.sandbox.sagehr.model.JobTitle;
import dev.atrium.sandbox.sagehr.model.NamedRef;
import dev.atrium.sandbox.sagehr.model.Team;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.generate.PersonNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds the {@link Company} from the seed and the counts. */
final class CompanyGenerator {

    private static final int FIRST = 101;
    private static final int LAST = 102;
    private static final int PICTURE = 103;
    private static final int START = 104;
    private static final int BIRTH = 105;
    private static final int TITLE = 106;
    private static final int WORK_PHONE = 107;
    private static final int HOME_PHONE = 108;
    private static final int MOBILE = 109;
    private static final int GENDER = 110;
    private static final int STREET = 111;
    private static final int FLAT = 112;
    private static final int CITY = 113;
    private static final int STATUS = 114;
    private static final List<String> GENDERS = java.util.Arrays.asList("Female", "Male", "Female", "Male", null);

    private final SeededHash hash;
    private final SageHrCounts counts;

    CompanyGenerator(SeededHash hash, SageHrCounts counts) {
        this.hash = hash;
        this.counts = counts;
    }

    Company generate() {
        List<List<Integer>> members = new ArrayList<>();
        for (int t = 0; t < counts.teams(); t++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < counts.employees(); i++) {
            members.get(i % counts.teams()).add(i);
        }
        List<Team> teams = new ArrayList<>();
        for (int t = 0; t < counts.teams(); t++) {
            List<Long> ids = members.get(t).stream().map(i -> IdSpace.EMPLOYEE_BASE + i).toList();
            List<Long> managers = ids.isEmpty() ? List.of() : ids.subList(0, ids.size() > 6 ? 2 : 1);
            teams.add(new Team(t, IdSpace.TEAM_BASE + t, numbered(JobCatalog.TEAMS, t), managers, ids));
        }
        Set<String> emails = new HashSet<>();
        List<Employee> employees = new ArrayList<>();
        for (int i = 0; i < counts.employees(); i++) {
            employees.add(employee(i, teams.get(i % counts.teams()), emails));
        }
        List<JobTitle> titles = new ArrayList<>();
        for (int j = 0; j < counts.jobTitles(); j++) {
            JobCatalog.HrTitle t = JobCatalog.HR_TITLES.get(j % JobCatalog.HR_TITLES.size());
            int round = j / JobCatalog.HR_TITLES.size();
            titles.add(new JobTitle(IdSpace.JOB_TITLE_BASE + j, round == 0 ? t.title() : t.title() + " " + (round + 1),
                    t.description(), round == 0 ? t.code() : t.code() + (round + 1)));
        }
        List<NamedRef> locations = new ArrayList<>();
        for (int l = 0; l < counts.locations(); l++) {
            locations.add(new NamedRef(IdSpace.LOCATION_BASE + l, numbered(JobCatalog.LOCATIONS, l)));
        }
        List<NamedRef> groups = new ArrayList<>();
        for (int g = 0; g < counts.groups(); g++) {
            groups.add(new NamedRef(IdSpace.GROUP_BASE + g, numbered(JobCatalog.GROUPS, g)));
        }
        return new Company(employees, teams, titles, locations, groups);
    }

    private Employee employee(int i, Team team, Set<String> emails) {
        String first = hash.pick(FIRST, i, PeopleNames.FIRST_NAMES);
        String last = hash.pick(LAST, i, PeopleNames.LAST_NAMES);
        String local = PersonNames.emailLocalPart(first, last);
        String email = local + "@company.example";
        if (!emails.add(email)) {
            email = local + (i + 1) + "@company.example";
            emails.add(email);
        }
        long id = IdSpace.EMPLOYEE_BASE + i;
        boolean owner = i == Company.OWNER_INDEX;
        long teamLead = team.managerIds().isEmpty() ? id : team.managerIds().get(0);
        Long reportsTo = owner ? null : (teamLead == id ? IdSpace.EMPLOYEE_BASE + Company.OWNER_INDEX : teamLead);
        int titleIndex = owner || counts.jobTitles() == 1 ? 0 : 1 + hash.below(TITLE, i, counts.jobTitles() - 1);
        LocalDate started = Timeline.dateOf(Timeline.GENERATED_AT)
                .minusDays(owner ? 3000 : 20 + hash.below(START, i, 2900));
        LocalDate born = LocalDate.of(1964, 1, 1).plusDays(hash.below(BIRTH, i, 38 * 365));
        PeopleNames.City city = hash.pick(CITY, i, PeopleNames.CITIES);
        return new Employee(i, id, first, last, email,
                hash.chance(PICTURE, i, 0.6) ? "https://images.sage.hr/avatars/" + Long.toHexString(hash.bits(PICTURE, i)) + ".png" : null,
                started, born, team.index(), titleIndex, reportsTo,
                hash.chance(WORK_PHONE, i, 0.7) ? "+44 20 7946 0" + threeDigits(WORK_PHONE, i) : null,
                hash.chance(HOME_PHONE, i, 0.3) ? "+44 113 496 0" + threeDigits(HOME_PHONE, i) : null,
                hash.chance(MOBILE, i, 0.85) ? "+44 7700 900" + threeDigits(MOBILE, i) : null,
                hash.pick(GENDER, i, GENDERS),
                (1 + hash.below(STREET, i, 180)) + " " + hash.pick(STREET, i + 7, PeopleNames.STREETS),
                hash.chance(FLAT, i, 0.3) ? "Flat " + (1 + hash.below(FLAT, i, 40)) : null,
                city.name(), city.postCodePrefix() + " " + (1 + hash.below(CITY, i + 3, 9)) + "AB", city.country(),
                String.format("E%04d", i + 1), hash.pick(STATUS, i, JobCatalog.EMPLOYMENT_STATUSES));
    }

    private String threeDigits(int stream, long index) {
        return String.format("%03d", hash.below(stream, index + 1_000_003L, 1000));
    }

    private static String numbered(List<String> names, int index) {
        int round = index / names.size();
        String name = names.get(index % names.size());
        return round == 0 ? name : name + " " + (round + 1);
    }
}
