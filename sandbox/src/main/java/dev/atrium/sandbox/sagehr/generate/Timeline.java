package dev.atrium.sandbox.sagehr.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Fixed points in time of the generated company, so that data never depends on the wall clock. */
public final class Timeline {

    /** The moment the generated data describes: the newest base record is older than this. */
    public static final Instant GENERATED_AT = Instant.parse("2025-06-02T09:00:00Z");
    /** When the company set up its shared recruitment stages. */
    public static final Instant COMPANY_SETUP = Instant.parse("2021-03-01T08:30:00Z");
    /** How far back the oldest position goes. */
    static final int HISTORY_DAYS = 730;

    private Timeline() {
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
