package dev.atrium.sandbox.icims.model;

import java.time.Instant;
import java.util.List;

/**
 * A person profile (fact sheet A7.2): a candidate, or a user (recruiter, hiring manager) when {@code user} is
 * set. Nullable fields are omitted on read, as iCIMS omits empty fields.
 *
 * @param altEmail  an alternate address, kept in a tenant custom field
 * @param interests a multi-list custom field
 */
public record Person(long id, String firstName, String middleName, String lastName, String email, String altEmail,
        List<Phone> phones, Address address, ListNode folder, String jobTitle, String employer, String linkedIn,
        ListNode gender, List<ListNode> interests, boolean hasResume, boolean user, Instant created, Instant updated) {

    public Person {
        phones = List.copyOf(phones);
        interests = List.copyOf(interests);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** After an edit: new phones and email, dated {@code at}. */
    public Person edited(List<Phone> newPhones, String newEmail, Instant at) {
        return new Person(id, firstName, middleName, lastName, newEmail, altEmail, newPhones, address, folder,
                jobTitle, employer, linkedIn, gender, interests, hasResume, user, created, at);
    }

    /** After a resume upload, dated {@code at}. */
    public Person withResume(Instant at) {
        return new Person(id, firstName, middleName, lastName, email, altEmail, phones, address, folder,
                jobTitle, employer, linkedIn, gender, interests, true, user, created, at);
    }
}
