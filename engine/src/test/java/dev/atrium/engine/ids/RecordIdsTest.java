package dev.atrium.engine.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordIdsTest {

    @Test
    void recordIdsAreStableAndDependOnIntegrationModelAndRemoteId() {
        String id = RecordIds.of("sagehr:abc", "jobs", "42");
        assertEquals(id, RecordIds.of("sagehr:abc", "jobs", "42"));
        assertNotEquals(id, RecordIds.of("sagehr:abd", "jobs", "42"));
        assertNotEquals(id, RecordIds.of("sagehr:abc", "candidates", "42"));
        assertNotEquals(id, RecordIds.of("sagehr:abc", "jobs", "43"));
    }

    @Test
    void theDerivationIsFrozen() {
        // Stored records and clients' references depend on this exact value (sha256 of "integration\nmodel\nremote id",
        // base58, first 24 characters): it must never change.
        assertEquals("EK6XVSDV5E8yUynqsxUhR6YY", RecordIds.of("sagehr:abc", "jobs", "42"));
    }

    @Test
    void base58MatchesTheBitcoinEncodingIncludingLeadingZeros() {
        assertEquals("", Base58.encode(new byte[0]));
        assertEquals("1", Base58.encode(new byte[] {0}));
        assertEquals("11", Base58.encode(new byte[] {0, 0}));
        assertEquals("2", Base58.encode(new byte[] {1}));
        assertEquals("21", Base58.encode(new byte[] {58}));
        assertEquals("5R", Base58.encode(new byte[] {1, 0}));
        assertEquals("StV1DL6CwTryKyV", Base58.encode("hello world".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertEquals("1111", Base58.encode(new byte[] {0, 0, 0, 0}));
        assertEquals("11StV1DL6CwTryKyV", Base58.encode(concat(new byte[] {0, 0},
                "hello world".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
    }

    @Test
    void base58AgreesWithPlainBigIntegerDivisionOnRandomInputs() {
        java.util.Random random = new java.util.Random(58);
        for (int n = 0; n < 2_000; n++) {
            byte[] bytes = new byte[random.nextInt(40)];
            random.nextBytes(bytes);
            for (int z = 0; z < bytes.length && random.nextInt(4) == 0; z++) {
                bytes[z] = 0;
            }
            assertEquals(reference(bytes), Base58.encode(bytes), java.util.HexFormat.of().formatHex(bytes));
        }
    }

    /** The textbook encoding, slow and obviously right. */
    private static String reference(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        java.math.BigInteger number = new java.math.BigInteger(1, bytes);
        java.math.BigInteger base = java.math.BigInteger.valueOf(58);
        while (number.signum() > 0) {
            java.math.BigInteger[] division = number.divideAndRemainder(base);
            out.append(Base58.ALPHABET.charAt(division[1].intValue()));
            number = division[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            out.append('1');
        }
        return out.reverse().toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void everyIdIs24Base58Characters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String derived = RecordIds.of("t:1", "m", Integer.toString(i));
            String random = RecordIds.random();
            assertTrue(RecordIds.isValid(derived), derived);
            assertTrue(RecordIds.isValid(random), random);
            assertTrue(seen.add(derived));
        }
    }
}
