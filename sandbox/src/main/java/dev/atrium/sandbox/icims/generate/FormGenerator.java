package dev.atrium.sandbox.icims.generate;

import dev.atrium.sandbox.icims.model.Form;
import dev.atrium.sandbox.icims.model.ListNode;
import dev.atrium.sandbox.icims.model.Question;
import dev.atrium.sandbox.support.SeededHash;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant's iForms: a general questionnaire asking one question of every documented type, a few job
 * questionnaires drawn from the same pool by the seed, a self-identification form no job uses, and an
 * archived one. Ids from 3001.
 */
final class FormGenerator {

    private static final int PICK = 4601;
    private static final int REQUIRED = 4602;
    private static final List<ListNode> YES_NO = List.of(new ListNode("C57001", "Yes"), new ListNode("C57002", "No"));

    /** Type, label, form-data field and options of every question a form may ask; every documented type once or more. */
    private record Ask(String type, String label, String data, List<ListNode> options) {
    }

    private static final List<Ask> POOL = List.of(
            new Ask("checkbox", "I am legally authorized to work in the United States.", "Work_Authorization", List.of()),
            new Ask("radiogroup", "Will you now or in the future require visa sponsorship?", "Sponsorship", YES_NO),
            new Ask("number", "How many years of relevant experience do you have?", "Years_Experience", List.of()),
            new Ask("dropdown", "What is your highest level of education?", "Education_Level", List.of(
                    new ListNode("C57101", "High School or GED"), new ListNode("C57102", "Associate's Degree"),
                    new ListNode("C57103", "Bachelor's Degree"), new ListNode("C57104", "Master's Degree or higher"))),
            new Ask("multiselect", "Which shifts can you work?", "Shifts", List.of(
                    new ListNode("C57201", "Days"), new ListNode("C57202", "Evenings"), new ListNode("C57203", "Nights"),
                    new ListNode("C57204", "Weekends"))),
            new Ask("dateonly", "When can you start?", "Start_Date", List.of()),
            new Ask("datetime", "When are you available for a phone screen?", "Screen_Time", List.of()),
            new Ask("salary", "What are your salary expectations?", "Desired_Salary", List.of()),
            new Ask("currency", "What is your current base pay?", "Current_Pay", List.of()),
            new Ask("text", "Which city would you like to work in?", "Preferred_City", List.of()),
            new Ask("textarea", "Tell us why you are interested in this role.", "Motivation", List.of()),
            new Ask("dropdown", "Do you hold a valid driver's license?", "Drivers_License", YES_NO));

    private static final List<String> JOB_FORMS = List.of(
            "Screening_Engineering", "Screening_Hourly", "Screening_Sales", "Screening_Office");

    private final SeededHash hash;

    FormGenerator(SeededHash hash) {
        this.hash = hash;
    }

    List<Form> generate() {
        List<Form> forms = new ArrayList<>();
        forms.add(questionnaire(3001, "General_Application_Questions", "General Application Questions", POOL));
        for (int f = 0; f < JOB_FORMS.size(); f++) {
            List<Ask> asks = new ArrayList<>(List.of(POOL.get(0)));
            for (int i = 1; i < POOL.size(); i++) {
                if (hash.chance(PICK, f * 64L + i, 0.45)) {
                    asks.add(POOL.get(i));
                }
            }
            String name = JOB_FORMS.get(f);
            forms.add(questionnaire(3002 + f, name, name.replace('_', ' ') + " Questions", asks));
        }
        forms.add(new Form(3010, "Voluntary_Self_Identification", "Candidate", "Voluntary Self-Identification",
                "STANDARD", false, false, List.of(new Question("q1", "dropdown", false, "Gender", "Gender", Lists.GENDERS))));
        forms.add(new Form(3011, "Seasonal_Questions_2023", "Candidate", "Seasonal Questions (2023)", "CUSTOM", false,
                true, List.of(new Question("q1", "checkbox", true, POOL.get(0).label(), POOL.get(0).data(), List.of()))));
        return forms;
    }

    /** The names of the forms a job may use as its questionnaire. */
    static List<String> jobFormNames() {
        List<String> names = new ArrayList<>(JOB_FORMS);
        names.add(0, "General_Application_Questions");
        return names;
    }

    private Form questionnaire(long id, String name, String display, List<Ask> asks) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < asks.size(); i++) {
            Ask a = asks.get(i);
            boolean required = i == 0 || hash.chance(REQUIRED, id * 64 + i, 0.5);
            questions.add(new Question("q" + (i + 1), a.type(), required, a.label(), a.data(), a.options()));
        }
        return new Form(id, name, "Candidate", display, "CUSTOM", true, false, questions);
    }
}
