package dev.atrium.sandbox.icims.model;

import java.util.List;

/**
 * An iForm (fact sheet A3.4, A7.6). Job questionnaires are the screening questions of the jobs that name them;
 * an archived form is known but refused.
 */
public record Form(long id, String name, String type, String displayName, String standardizedLevel,
        boolean publicAnswers, boolean archived, List<Question> questions) {

    public Form {
        questions = List.copyOf(questions);
    }
}
