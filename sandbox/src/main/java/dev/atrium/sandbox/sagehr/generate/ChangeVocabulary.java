package dev.atrium.sandbox.sagehr.generate;

import java.util.List;

/** Values that simulated edits and created records draw from, kept beside the generator's vocabulary. */
public final class ChangeVocabulary {

    private ChangeVocabulary() {
    }

    /** A last name different from {@code current}: a double-barrelled name after marriage, or another one. */
    public static String otherLastName(String current, int roll) {
        String other = PeopleNames.LAST_NAMES.get(Math.floorMod(roll, PeopleNames.LAST_NAMES.size()));
        if (other.equals(current) || (current != null && current.contains("-"))) {
            other = PeopleNames.LAST_NAMES.get(Math.floorMod(roll + 1, PeopleNames.LAST_NAMES.size()));
        }
        return current == null || current.contains("-") || roll % 2 == 0 ? other : current + "-" + other;
    }

    /** A fictional UK mobile number. */
    public static String phoneNumber(int roll) {
        return String.format("+44 7700 900%03d", Math.floorMod(roll, 1000));
    }

    /** A job title different from {@code current}. */
    public static String otherTitle(String current, int roll) {
        List<String> titles = JobCatalog.RECRUITMENT_TITLES;
        String title = titles.get(Math.floorMod(roll, titles.size()));
        return title.equals(current) ? titles.get(Math.floorMod(roll + 1, titles.size())) : title;
    }

    public static String firstName(int roll) {
        return PeopleNames.FIRST_NAMES.get(Math.floorMod(roll, PeopleNames.FIRST_NAMES.size()));
    }

    public static String lastName(int roll) {
        return PeopleNames.LAST_NAMES.get(Math.floorMod(roll, PeopleNames.LAST_NAMES.size()));
    }

    public static String emailPart(String name) {
        return PeopleNames.emailPart(name);
    }

    /** A source as recruiters enter it, built-in or custom. */
    public static String source(int roll) {
        List<String> sources = List.of("", "company_marketing", "recruiters", "sourced", "linkedin", "indeed");
        return sources.get(Math.floorMod(roll, sources.size()));
    }
}
