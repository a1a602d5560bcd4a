package dev.atrium.sandbox.icims.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A company profile, which iCIMS also uses for job locations: a name and its address rows (fact sheet A3.1, A6). */
public record Company(long id, String name, List<Address> addresses, Instant created) {

    public Company {
        addresses = List.copyOf(addresses);
    }

    public Optional<Address> address(long entry) {
        return addresses.stream().filter(a -> a.entry() == entry).findFirst();
    }
}
