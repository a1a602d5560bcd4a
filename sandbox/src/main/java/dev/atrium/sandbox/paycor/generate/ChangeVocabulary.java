package dev.atrium.sandbox.paycor.generate;

import java.util.List;
import java.util.Locale;

/** Values that simulated edits and created records draw from, kept beside the generator's vocabulary. */
public final class ChangeVocabulary {

    private static final List<String> CREATED_SOURCES = List.of("Indeed", "LinkedIn", "Careers Page", "ZipRecruiter");

    private ChangeVocabulary() {
    }

    /** A fictional number in the 555-02xx block, which generated candidates never use. */
    public static String mobilePhone(int roll) {
        return String.format(Locale.ROOT, "513555%04d", 200 + Math.floorMod(roll, 100));
    }

    /** A job title from the catalog different from {@code current}. */
    public static String otherTitle(String current, int roll) {
        List<JobCatalog.Entry> entries = JobCatalog.ENTRIES;
        String title = entries.get(Math.floorMod(roll, entries.size())).title();
        return title.equals(current) ? entries.get(Math.floorMod(roll + 1, entries.size())).title() : title;
    }

    public static String firstName(int roll) {
        return PeopleVocabulary.FIRST_NAMES.get(Math.floorMod(roll, PeopleVocabulary.FIRST_NAMES.size()));
    }

    public static String lastName(int roll) {
        return PeopleVocabulary.LAST_NAMES.get(Math.floorMod(roll, PeopleVocabulary.LAST_NAMES.size()));
    }

    public static String emailPart(String name) {
        return PeopleVocabulary.emailPart(name);
    }

    public static String source(int roll) {
        return CREATED_SOURCES.get(Math.floorMod(roll, CREATED_SOURCES.size()));
    }
}
