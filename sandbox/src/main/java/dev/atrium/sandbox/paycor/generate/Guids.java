package dev.atrium.sandbox.paycor.generate;

import java.util.UUID;

/** GUID-formatted strings from 128 computed bits, as the vendor uses for continuation tokens and correlation ids. */
public final class Guids {

    private Guids() {
    }

    /** A version-4-looking GUID; the version and variant bits are forced, the rest comes from the arguments. */
    public static String of(long high, long low) {
        long h = (high & ~0xF000L) | 0x4000L;
        long l = (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(h, l).toString();
    }
}
