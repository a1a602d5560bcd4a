package dev.atrium.sandbox.phenom.model;

import java.time.Instant;
import java.util.List;

/**
 * A person in Phenom's candidate store. The first email and phone are the primary ones; an application's
 * {@code contactData} shows those.
 *
 * @param index   person index: generated people first, created ones after them
 * @param company current employer, may be null
 */
public record Candidate(
        long index,
        String candidateId,
        String firstName,
        String middleName,
        String lastName,
        List<String> emails,
        List<Phone> phones,
        String company,
        String title,
        String city,
        String country,
        String source,
        Instant createdDate,
        Instant updatedDate) {

    public Candidate {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
    }

    public String primaryEmail() {
        return emails.get(0);
    }

    /** The same candidate after an edit of last name and primary phone. */
    public Candidate edited(String newLastName, Phone newPhone, Instant at) {
        List<Phone> newPhones = new java.util.ArrayList<>(phones);
        if (newPhones.isEmpty()) {
            newPhones.add(newPhone);
        } else {
            newPhones.set(0, newPhone);
        }
        return new Candidate(index, candidateId, firstName, middleName, newLastName, emails, newPhones, company, title,
                city, country, source, createdDate, at);
    }
}
