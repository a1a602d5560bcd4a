package dev.atrium.engine.store;

/**
 * A custom field an environment's operators defined: a unified key (e.g. t_shirt_size) of one Kombo model, which
 * each integration of the environment may fill from one of its integration fields.
 */
public record CustomField(String id, String environmentId, String model, String key, String label,
        String description, long createdAt) {
}
