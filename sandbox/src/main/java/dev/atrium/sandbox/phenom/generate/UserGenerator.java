package dev.atrium.sandbox.phenom.generate;

import dev.atrium.sandbox.phenom.model.User;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.generate.PersonNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The tenant's Phenom users: recruiters, hiring managers and admins, with addresses at the tenant's domain. */
final class UserGenerator {

    private static final int FIRST = 5201;
    private static final int LAST = 5202;
    private static final int ID = 5203;
    private static final int ROLE = 5204;
    private static final int ENABLED = 5205;
    private static final int CREATED = 5206;

    private UserGenerator() {
    }

    static List<User> generate(SeededHash hash, int count, String domain) {
        List<User> users = new ArrayList<>(count);
        for (int u = 0; u < count; u++) {
            String first = hash.pick(FIRST, u, Vocabulary.NAMES.firstNames());
            String last = hash.pick(LAST, u, Vocabulary.NAMES.lastNames());
            // The number keeps addresses unique when two users share a name.
            String email = PersonNames.emailLocalPart(first, last) + (u + 1) + "@" + domain;
            String id = HexFormat.of().toHexDigits(hash.bits(ID, u)) + HexFormat.of().toHexDigits(hash.bits(ID, u + 1_000_000L)).substring(0, 8);
            List<String> roles = new ArrayList<>();
            roles.add(u == 0 ? "Recruiting Admin" : hash.pick(ROLE, u, Vocabulary.USER_ROLES));
            if (hash.chance(ROLE, u + 7L, 0.3)) {
                String second = hash.pick(ROLE, u + 11L, Vocabulary.USER_ROLES);
                if (!roles.contains(second)) {
                    roles.add(second);
                }
            }
            boolean enabled = u == 0 || !hash.chance(ENABLED, u, 0.1);
            users.add(new User(id, email, first, last, email, enabled, roles,
                    Timeline.GENERATED_AT.minus(Duration.ofDays(Timeline.HISTORY_DAYS + 30L + hash.below(CREATED, u, 400)))));
        }
        return List.copyOf(users);
    }
}
