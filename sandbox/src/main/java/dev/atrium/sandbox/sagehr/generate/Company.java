package dev.atrium.sandbox.sagehr.generate;

import dev.atrium.sandbox.sagehr.model.Employee;
import dev.atrium.sandbox.sagehr.model.JobTitle;
import dev.atrium.sandbox.sagehr.model.NamedRef;
import dev.atrium.sandbox.sagehr.model.Team;
import java.util.List;
import java.util.Optional;

/**
 * The small, fully materialised part of the generated company: employees, teams, HR job titles,
 * locations and hiring groups. Employee 0 owns the API token.
 */
public record Company(
        List<Employee> employees,
        List<Team> teams,
        List<JobTitle> jobTitles,
        List<NamedRef> locations,
        List<NamedRef> groups) {

    public static final int OWNER_INDEX = 0;

    public Company {
        employees = List.copyOf(employees);
        teams = List.copyOf(teams);
        jobTitles = List.copyOf(jobTitles);
        locations = List.copyOf(locations);
        groups = List.copyOf(groups);
    }

    public Employee owner() {
        return employees.get(OWNER_INDEX);
    }

    public Employee employee(int index) {
        return employees.get(index);
    }

    public Optional<Employee> employeeById(long id) {
        return byId(employees, id - IdSpace.EMPLOYEE_BASE);
    }

    public Optional<Employee> employeeByEmail(String email) {
        return employees.stream().filter(e -> e.email().equalsIgnoreCase(email)).findFirst();
    }

    public Optional<Team> teamById(long id) {
        return byId(teams, id - IdSpace.TEAM_BASE);
    }

    public Optional<JobTitle> jobTitleById(long id) {
        return byId(jobTitles, id - IdSpace.JOB_TITLE_BASE);
    }

    private static <T> Optional<T> byId(List<T> list, long index) {
        return index >= 0 && index < list.size() ? Optional.of(list.get((int) index)) : Optional.empty();
    }
}
