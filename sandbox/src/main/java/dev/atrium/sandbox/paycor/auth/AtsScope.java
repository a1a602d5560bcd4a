package dev.atrium.sandbox.paycor.auth;

import java.util.Arrays;
import java.util.List;

/**
 * The "Data Access" scopes an app needs for the ATS operations (fact sheet B2), under the names Paycor's
 * scope list and spec give them. A token whose app lacks the scope of an operation gets a 403 (B5).
 */
public enum AtsScope {
    VIEW_ACCOUNTS("View ATS Accounts By Legal Entity Id"),
    VIEW_JOBS("View ATS Account jobs by ATS Account ID"),
    VIEW_CANDIDATES("View ATS Candidates By Job Id"),
    VIEW_CANDIDATE("View ATS Candidate by Candidate Id"),
    CREATE_CANDIDATE("Create ATS Candidate");

    private final String title;

    AtsScope(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Every scope's name, in declaration order. */
    public static List<String> titles() {
        return Arrays.stream(values()).map(AtsScope::title).toList();
    }
}
