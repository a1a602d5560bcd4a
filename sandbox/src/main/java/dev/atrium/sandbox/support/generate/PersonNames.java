package dev.atrium.sandbox.support.generate;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The first and last names a simulator gives its people, and how a name becomes part of an email address.
 * The lists are each vendor's own (its market's names, varied on purpose); the rules are the same everywhere.
 */
public record PersonNames(List<String> firstNames, List<String> lastNames) {

    /** Reserved example domains (RFC 2606) for the addresses people apply with: no mail can ever reach them. */
    public static final List<String> EXAMPLE_EMAIL_DOMAINS = List.of(
            "example.com", "example.org", "example.net", "mail.example.com", "inbox.example.org");

    public PersonNames {
        firstNames = List.copyOf(firstNames);
        lastNames = List.copyOf(lastNames);
    }

    public String firstName(int roll) {
        return Rolls.pick(firstNames, roll);
    }

    public String lastName(int roll) {
        return Rolls.pick(lastNames, roll);
    }

    /** Lower-case ASCII form of a name for use in an email address: accents dropped, other symbols removed. */
    public static String emailPart(String name) {
        // Letters that are not a base letter plus an accent do not decompose, so they are spelled out first.
        String folded = name.toLowerCase(Locale.ROOT)
                .replace("ø", "o").replace("ł", "l").replace("ß", "ss").replace("æ", "ae");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.replaceAll("[^a-z0-9-]", "");
    }

    /** {@code first.last} in email form. */
    public static String emailLocalPart(String first, String last) {
        return emailPart(first) + "." + emailPart(last);
    }
}
