package dev.atrium.sandbox.sagehr.model;

import java.time.LocalDate;

/** A Sage HR employee: the users behind hiring teams, added_by and referrers. */
public record Employee(
        int index,
        long id,
        String firstName,
        String lastName,
        String email,
        String pictureUrl,
        LocalDate employmentStartDate,
        LocalDate dateOfBirth,
        int teamIndex,
        int jobTitleIndex,
        Long reportsToEmployeeId,
        String workPhone,
        String homePhone,
        String mobilePhone,
        String gender,
        String streetFirst,
        String streetSecond,
        String city,
        String postCode,
        String country,
        String employeeNumber,
        String employmentStatus) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
