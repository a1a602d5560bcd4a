package dev.atrium.sandbox.sagehr.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An applicant: one person's application to one position, with its pipeline history.
 *
 * @param stageIndex           index into the position's pipeline
 * @param addedByEmployeeIndex the employee who entered the applicant
 * @param referrer             null unless referred
 * @param attachment           the uploaded CV, or null
 * @param actions              history, oldest first
 */
public record Applicant(
        long id,
        int positionIndex,
        String firstName,
        String lastName,
        String email,
        String address,
        String phoneNumber,
        String summary,
        String source,
        Instant createdAt,
        LocalDate disqualifiedDate,
        LocalDate hiredDate,
        int stageIndex,
        int addedByEmployeeIndex,
        Referrer referrer,
        Attachment attachment,
        List<ApplicantAction> actions) {

    public Applicant {
        actions = List.copyOf(actions);
    }

    public String fullName() {
        return lastName == null || lastName.isEmpty() ? firstName : firstName + " " + lastName;
    }

    /** The same applicant after an edit of contact details. */
    public Applicant withContact(String newLastName, String newPhoneNumber) {
        return new Applicant(id, positionIndex, firstName, newLastName, email, address, newPhoneNumber, summary,
                source, createdAt, disqualifiedDate, hiredDate, stageIndex, addedByEmployeeIndex, referrer,
                attachment, actions);
    }

    /** The same applicant moved to another stage, with the move recorded in its history. */
    public Applicant movedTo(int newStageIndex, LocalDate newHiredDate, ApplicantAction move) {
        List<ApplicantAction> history = new ArrayList<>(actions);
        history.add(move);
        return new Applicant(id, positionIndex, firstName, lastName, email, address, phoneNumber, summary,
                source, createdAt, disqualifiedDate, newHiredDate, newStageIndex, addedByEmployeeIndex, referrer,
                attachment, history);
    }

    public boolean isHired() {
        return hiredDate != null;
    }

    public boolean isDisqualified() {
        return disqualifiedDate != null;
    }
}
