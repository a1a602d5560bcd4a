package dev.atrium.sandbox.icims.store;

import dev.atrium.sandbox.icims.model.Phone;
import java.util.List;

/** The fields a {@code POST /people} body may set; absent ones are null. */
public record PersonForm(String firstName, String middleName, String lastName, String email, List<Phone> phones,
        String genderId) {

    public PersonForm {
        phones = phones == null ? List.of() : List.copyOf(phones);
    }
}
