package dev.atrium.sandbox.paycor.generate;

import dev.atrium.sandbox.support.generate.PersonNames;
import dev.atrium.sandbox.support.generate.Rolls;
import java.util.List;
import java.util.Locale;

/** Values that simulated edits and created records draw from, kept beside the generator's vocabulary. */
public final class ChangeVocabulary {

    /** Names of created candidates: the generator's. */
    public static final PersonNames NAMES = PeopleVocabulary.NAMES;

    private static final List<String> CREATED_SOURCES = List.of("Indeed", "LinkedIn", "Careers Page", "ZipRecruiter");
    private static final List<String> TITLES = JobCatalog.ENTRIES.stream().map(JobCatalog.Entry::title).toList();

    private ChangeVocabulary() {
    }

    /** A fictional number in the 555-02xx block, which generated candidates never use. */
    public static String mobilePhone(int roll) {
        return String.format(Locale.ROOT, "513555%04d", 200 + Math.floorMod(roll, 100));
    }

    /** A job title from the catalog different from {@code current}. */
    public static String otherTitle(String current, int roll) {
        return Rolls.pickOther(TITLES, current, roll);
    }

    public static String source(int roll) {
        return Rolls.pick(CREATED_SOURCES, roll);
    }
}
