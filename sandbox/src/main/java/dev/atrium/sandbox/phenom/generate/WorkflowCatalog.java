package dev.atrium.sandbox.phenom.generate;

import dev.atrium.sandbox.phenom.model.StatusType;
import dev.atrium.sandbox.phenom.model.WorkflowStatus;
import dev.atrium.sandbox.support.SeededHash;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The tenant's hiring workflow statuses: the stage vocabulary every application's status comes from. */
public final class WorkflowCatalog {

    private static final int STATUS_ID = 5101;
    private static final String[][] STATUSES = {
            {"New", "NEW", "NEW"}, {"Screening", "SCREEN", "IN_PROGRESS"}, {"Phone Screen", "PHONE_SCREEN", "IN_PROGRESS"},
            {"Assessment", "ASSESSMENT", "IN_PROGRESS"}, {"Interview", "INTERVIEW", "IN_PROGRESS"},
            {"Final Interview", "FINAL_INTERVIEW", "IN_PROGRESS"}, {"Offer", "OFFER", "IN_PROGRESS"},
            {"Hired", "HIRED", "HIRED"}, {"Not Selected", "NOT_SELECTED", "REJECTED"},
            {"Candidate Withdrew", "WITHDRAWN", "WITHDRAWN"}};
    /** Order of the last in-progress status: applications advance through 0..this before a decision. */
    public static final int LAST_OPEN = 6;
    public static final int HIRED = 7;
    public static final int REJECTED = 8;
    public static final int WITHDRAWN = 9;
    /** The workflow every status belongs to. */
    public static final String WORKFLOW = "Default Hiring Workflow";

    private WorkflowCatalog() {
    }

    static List<WorkflowStatus> generate(SeededHash hash) {
        List<WorkflowStatus> statuses = new ArrayList<>();
        for (int k = 0; k < STATUSES.length; k++) {
            // Shaped like the 24-hex document ids Phenom's platform hands out [G].
            String id = (HexFormat.of().toHexDigits(hash.bits(STATUS_ID, k)) + HexFormat.of().toHexDigits(hash.bits(STATUS_ID, k + 100)))
                    .substring(0, 24);
            statuses.add(new WorkflowStatus(k, id, STATUSES[k][0], STATUSES[k][1], StatusType.valueOf(STATUSES[k][2])));
        }
        return List.copyOf(statuses);
    }
}
