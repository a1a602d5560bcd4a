package dev.atrium.sandbox.phenom.generate;

/**
 * Candidate and application ids, shaped like the fact sheet's samples ({@code CAND-77a1}, {@code APP-9f2c}) and
 * encoding the record's index, so any of millions is found without a lookup table.
 */
public final class Ids {

    private static final long CANDIDATE_OFFSET = 0x100000L;
    private static final long APPLICATION_OFFSET = 0x1000000L;

    private Ids() {
    }

    public static String candidateId(long index) {
        return "CAND-" + Long.toHexString(CANDIDATE_OFFSET + index);
    }

    public static String applicationId(long index) {
        return "APP-" + Long.toHexString(APPLICATION_OFFSET + index);
    }

    /** The index a candidate id encodes, or -1. */
    public static long candidateIndex(String id) {
        return decode(id, "CAND-", CANDIDATE_OFFSET);
    }

    /** The index an application id encodes, or -1. */
    public static long applicationIndex(String id) {
        return decode(id, "APP-", APPLICATION_OFFSET);
    }

    private static long decode(String id, String prefix, long offset) {
        if (id == null || !id.startsWith(prefix) || !id.substring(prefix.length()).matches("[0-9a-f]{1,12}")) {
            return -1;
        }
        long index = Long.parseLong(id.substring(prefix.length()), 16) - offset;
        // Leading zeros would name the same index twice; only the canonical spelling is an id.
        return index >= 0 && (prefix + Long.toHexString(offset + index)).equals(id) ? index : -1;
    }
}
