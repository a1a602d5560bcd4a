package dev.atrium.sandbox.sagehr.http;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Sage HR's page/per_page arithmetic and its {@code meta} block. */
record Paging(int page, int perPage) {

    long offset() {
        return (long) (page - 1) * perPage;
    }

    /** {@code next_page} is null on the last page and beyond; {@code previous_page} null on page 1. */
    ObjectNode meta(long totalEntries) {
        long totalPages = (totalEntries + perPage - 1) / perPage;
        ObjectNode meta = SageHrJson.MAPPER.createObjectNode();
        meta.put("current_page", page);
        if (page < totalPages) {
            meta.put("next_page", page + 1);
        } else {
            meta.putNull("next_page");
        }
        if (page > 1) {
            meta.put("previous_page", page - 1);
        } else {
            meta.putNull("previous_page");
        }
        meta.put("total_pages", totalPages);
        meta.put("per_page", perPage);
        meta.put("total_entries", totalEntries);
        return meta;
    }

    /** Lenient like the vendor's paginator: a missing, malformed or non-positive page is page 1. */
    static int parsePage(String raw) {
        int page = parsePositive(raw);
        return page > 0 ? page : 1;
    }

    /** A positive integer, or 0 when missing or malformed. */
    static int parsePositive(String raw) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            return Math.max(0, value);
        } catch (NumberFormatException e) {
            return raw.trim().matches("\\d+") ? Integer.MAX_VALUE : 0;
        }
    }
}
