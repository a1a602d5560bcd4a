package dev.atrium.sandbox.icims.generate;

import dev.atrium.sandbox.icims.model.ListNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standard lists {@code /v2/lists} serves (fact sheet A3.4), by their documented names, holding the very
 * nodes the profiles carry, so a client can resolve any list node it reads. One level each: the tenant's
 * lists are flat.
 */
public final class ListCatalog {

    /** Reasons a recruiter records when rejecting; no generated profile field carries them. */
    public static final List<ListNode> REJECTION_REASONS = List.of(
            new ListNode("C52001", "Not enough experience"), new ListNode("C52002", "Salary expectations too high"),
            new ListNode("C52003", "Position filled"), new ListNode("C52004", "Failed assessment"),
            new ListNode("C52005", "No show for interview"), new ListNode("C52006", "Candidate withdrew"));

    /** The timeframes of SALARY fields, case-sensitive (fact sheet A6). */
    public static final List<ListNode> COMPENSATION_TYPES = List.of(
            new ListNode("D53001", "Hourly"), new ListNode("D53002", "Daily"), new ListNode("D53003", "Weekly"),
            new ListNode("D53004", "Monthly"), new ListNode("D53005", "Yearly"));

    private static final Map<String, List<ListNode>> LISTS = build();

    private ListCatalog() {
    }

    /** Every list name, in catalogue order. */
    public static List<String> names() {
        return List.copyOf(LISTS.keySet());
    }

    public static Optional<List<ListNode>> nodes(String name) {
        return Optional.ofNullable(LISTS.get(name));
    }

    private static Map<String, List<ListNode>> build() {
        Map<String, List<ListNode>> m = new LinkedHashMap<>();
        List<ListNode> sources = new ArrayList<>();
        for (int i = 0; i < Lists.SOURCES.size(); i++) {
            sources.add(new ListNode("C5400" + (i + 1), Lists.SOURCES.get(i)));
        }
        m.put("lists.sources", List.copyOf(sources));
        m.put("lists.job.position_type", Lists.POSITION_TYPES);
        m.put("lists.job.folders", Lists.JOB_FOLDERS);
        m.put("lists.person.folders", List.of(Lists.PERSON_CANDIDATE, Lists.PERSON_HIRING_MANAGER, Lists.PERSON_RECRUITER));
        m.put("lists.phone_type", List.of(Lists.PHONE_MOBILE, Lists.PHONE_HOME, Lists.PHONE_WORK));
        m.put("lists.address_type", List.of(Lists.ADDRESS_WORK, Lists.ADDRESS_HOME));
        m.put("lists.compensation.types", COMPENSATION_TYPES);
        m.put("lists.currency.types", List.of(new ListNode("D54101", "USD")));
        m.put("lists.notes.rejection", REJECTION_REASONS);
        m.put("lists.sourcechannels", List.of(Lists.ORIGIN_PORTAL, Lists.ORIGIN_WEB_SERVICES));
        m.put("lists.country", List.of(new ListNode("D41001", "United States")));
        m.put("lists.eeo.gender", Lists.GENDERS);
        m.put("lists.customfields_lists", CustomFields.ALL_OPTIONS);
        return m;
    }
}
