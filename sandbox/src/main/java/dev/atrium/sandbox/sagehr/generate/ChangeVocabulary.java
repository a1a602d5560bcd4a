package dev.atrium.sandbox.sagehr.generate;

import dev.atrium.sandbox.support.generate.PersonNames;
import dev.atrium.sandbox.support.generate.Rolls;
import java.util.List;

/** Values that simulated edits and created records draw from, kept beside the generator's vocabulary. */
public final class ChangeVocabulary {

    /** Names of created applicants: the generator's. */
    public static final PersonNames NAMES = PeopleNames.NAMES;

    private static final List<String> SOURCES = List.of("", "company_marketing", "recruiters", "sourced", "linkedin", "indeed");

    private ChangeVocabulary() {
    }

    /** A last name different from {@code current}: a double-barrelled name after marriage, or another one. */
    public static String otherLastName(String current, int roll) {
        String other = Rolls.pick(PeopleNames.LAST_NAMES, roll);
        if (other.equals(current) || (current != null && current.contains("-"))) {
            other = Rolls.pick(PeopleNames.LAST_NAMES, roll + 1);
        }
        return current == null || current.contains("-") || roll % 2 == 0 ? other : current + "-" + other;
    }

    /** A fictional UK mobile number. */
    public static String phoneNumber(int roll) {
        return String.format("+44 7700 900%03d", Math.floorMod(roll, 1000));
    }

    /** A job title different from {@code current}. */
    public static String otherTitle(String current, int roll) {
        return Rolls.pickOther(JobCatalog.RECRUITMENT_TITLES, current, roll);
    }

    /** A source as recruiters enter it, built-in or custom. */
    public static String source(int roll) {
        return Rolls.pick(SOURCES, roll);
    }
}
