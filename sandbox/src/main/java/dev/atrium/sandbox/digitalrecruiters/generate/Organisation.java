package dev.atrium.sandbox.digitalrecruiters.generate;

import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersCounts;
import dev.atrium.sandbox.digitalrecruiters.model.Entity;
import dev.atrium.sandbox.digitalrecruiters.model.Recruiter;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.generate.PersonNames;
import java.util.ArrayList;
import java.util.List;

/** The account's recruiters and entities: the only people and places the feed names. */
public record Organisation(List<Recruiter> recruiters, List<Entity> entities) {

    private static final int RECRUITER = 101;
    private static final int ENTITY = 102;
    private static final int MANAGER = 103;

    public Organisation {
        recruiters = List.copyOf(recruiters);
        entities = List.copyOf(entities);
    }

    static Organisation generate(SeededHash hash, DigitalRecruitersCounts counts) {
        List<Recruiter> recruiters = new ArrayList<>();
        for (int r = 0; r < counts.recruiters(); r++) {
            String first = hash.pick(RECRUITER, r, Vocabulary.FIRST_NAMES);
            String last = hash.pick(RECRUITER, r + 50_000L, Vocabulary.LAST_NAMES);
            recruiters.add(new Recruiter(r, first, last.toUpperCase(java.util.Locale.ROOT),
                    PersonNames.emailLocalPart(first, last) + (r + 1) + "@recrutement.example.com",
                    Vocabulary.phoneNumber(hash.below(RECRUITER, r + 90_000L, 10_000), true)));
        }
        List<Entity> entities = new ArrayList<>();
        for (int e = 0; e < counts.entities(); e++) {
            Vocabulary.City city = hash.pick(ENTITY, e, Vocabulary.CITIES);
            String name = e < Vocabulary.ENTITY_NAMES.size() ? Vocabulary.ENTITY_NAMES.get(e) : city.name() + " " + (e + 1);
            // Real feeds leave the manager block empty for many entities.
            boolean manager = hash.chance(MANAGER, e, 0.7);
            entities.add(new Entity(e, name, String.format("F%03d", e + 1),
                    city.address((1 + hash.below(ENTITY, e + 7L, 90)) + " " + hash.pick(ENTITY, e + 3L, Vocabulary.STREETS)),
                    manager ? hash.pick(MANAGER, e + 1L, Vocabulary.FIRST_NAMES) : "",
                    manager ? hash.pick(MANAGER, e + 2L, Vocabulary.LAST_NAMES) : "",
                    manager ? hash.pick(MANAGER, e + 3L, Vocabulary.MANAGER_POSITIONS) : ""));
        }
        return new Organisation(recruiters, entities);
    }
}
