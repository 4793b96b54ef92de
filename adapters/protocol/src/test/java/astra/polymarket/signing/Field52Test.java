package astra.polymarket.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bouncycastle.math.raw.Nat256;
import org.junit.jupiter.api.Test;

/**
 * The 52-bit-limb field against BigInteger arithmetic mod p, on edge and random values, and on
 * long chains that feed each result back in (so the weak-form bounds must hold from any output).
 */
class Field52Test {
    private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);
    /** p = 2^256 − 2^32 − 977. */
    private static final BigInteger P = TWO_256.subtract(BigInteger.ONE.shiftLeft(32)).subtract(BigInteger.valueOf(977));

    @Test
    void multiplySquareSubtractTwiceNegate_agreeWithBigIntegerModP() {
        List<BigInteger> values = edgeAndRandom(new Random(52), 3000);
        long[] a = Field52.create();
        long[] b = Field52.create();
        long[] z = Field52.create();
        for (int i = 0; i < values.size(); i++) {
            BigInteger u = values.get(i);
            BigInteger w = values.get((i * 31 + 7) % values.size());
            load(u, a);
            load(w, b);
            Field52.multiply(a, b, z);
            assertElement(z, u.multiply(w), "%s · %s", u, w);
            Field52.square(a, z);
            assertElement(z, u.multiply(u), "%s²", u);
            Field52.subtract(a, b, z);
            assertElement(z, u.subtract(w), "%s − %s", u, w);
            Field52.twice(a, z);
            assertElement(z, u.shiftLeft(1), "2·%s", u);
            Field52.negate(a, z);
            assertElement(z, u.negate(), "−%s", u);
        }
    }

    /** Outputs fed back as inputs, in place too, 20,000 steps: every output is a valid input. */
    @Test
    void chainsOfOperationsOnTheirOwnOutputs_stayExact() {
        Random random = new Random(7);
        long[] a = Field52.create();
        long[] b = Field52.create();
        load(new BigInteger(256, random).mod(P), a);
        load(P.subtract(BigInteger.ONE), b);
        BigInteger expectedA = value(a);
        BigInteger expectedB = P.subtract(BigInteger.ONE);
        for (int step = 0; step < 20_000; step++) {
            switch (random.nextInt(5)) {
                case 0 -> {
                    Field52.multiply(a, b, a);
                    expectedA = expectedA.multiply(expectedB);
                }
                case 1 -> {
                    Field52.square(b, b);
                    expectedB = expectedB.multiply(expectedB);
                }
                case 2 -> {
                    Field52.subtract(b, a, b);
                    expectedB = expectedB.subtract(expectedA);
                }
                case 3 -> {
                    Field52.twice(a, a);
                    expectedA = expectedA.shiftLeft(1);
                }
                default -> {
                    Field52.negate(b, b);
                    expectedB = expectedB.negate();
                }
            }
            expectedA = expectedA.mod(P);
            expectedB = expectedB.mod(P);
            assertElement(a, expectedA, "a at step %d", step);
            assertElement(b, expectedB, "b at step %d", step);
        }
    }

    @Test
    void normalizedZeroTest_holdsForZeroAndForP_andForNothingElse() {
        long[] z = Field52.create();
        assertThat(zeroAfterNormalizing(BigInteger.ZERO)).isTrue();
        assertThat(zeroAfterNormalizing(P)).as("p itself, a weak form of zero").isTrue();
        long[] a = Field52.create();
        load(BigInteger.valueOf(12345), a);
        Field52.subtract(a, a, z);
        Field52.normalize(z, z);
        assertThat(Field52.isZero(z)).as("a − a").isTrue();
        for (BigInteger v : List.of(BigInteger.ONE, P.subtract(BigInteger.ONE), P.add(BigInteger.ONE),
                TWO_256.subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(52), BigInteger.ONE.shiftLeft(255))) {
            assertThat(zeroAfterNormalizing(v)).as("%s", v.toString(16)).isFalse();
        }
    }

    /**
     * normalize reduces fully (values from p up to 2^256 − 1 become value − p, limbs below 2^52),
     * also from the weak forms with limb 1 at 2^52 that the operations leave; the words round-trip.
     */
    @Test
    void normalizeReducesBelowP_andIntsRoundTrip() {
        int[] words = Nat256.create();
        long[] z = Field52.create();
        long[] one = Field52.create();
        Field52.one(one);
        for (BigInteger v : edgeAndRandom(new Random(3), 500)) {
            Field52.fromInts(Nat256.fromBigInteger(v), z);
            assertThat(value(z)).as("limbs of %s", v.toString(16)).isEqualTo(v);
            Field52.multiply(z, one, z);
            Field52.normalize(z, z);
            assertThat(value(z)).as("normalized %s", v.toString(16)).isEqualTo(v.mod(P));
            for (long limb : z) {
                assertThat(limb).isBetween(0L, (1L << 52) - 1);
            }
            Field52.toInts(z, words);
            assertThat(Nat256.toBigInteger(words)).as("words of %s", v.toString(16)).isEqualTo(v.mod(P));
        }
        // Limb 1 at 2^52 and the rest zero: 2^104, a weak form the carry pass must absorb.
        long[] carried = {0, 1L << 52, 0, 0, 0};
        Field52.normalize(carried, carried);
        assertThat(value(carried)).isEqualTo(BigInteger.ONE.shiftLeft(104));
        assertThat(carried[1]).isZero();
    }

    private static boolean zeroAfterNormalizing(BigInteger v) {
        long[] z = Field52.create();
        load(v, z);
        Field52.normalize(z, z);
        return Field52.isZero(z);
    }

    private static List<BigInteger> edgeAndRandom(Random random, int count) {
        List<BigInteger> values = new ArrayList<>(List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO,
                P.subtract(BigInteger.ONE), P.subtract(BigInteger.TWO), P, P.add(BigInteger.ONE),
                TWO_256.subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(52).subtract(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(52), BigInteger.ONE.shiftLeft(208), BigInteger.ONE.shiftLeft(255),
                BigInteger.ONE.shiftLeft(256 - 32).subtract(BigInteger.ONE)));
        for (int bit = 0; bit < 256; bit += 13) {
            values.add(BigInteger.ONE.shiftLeft(bit + 1).subtract(BigInteger.ONE));
        }
        for (int i = 0; i < count; i++) {
            values.add(new BigInteger(256, random));
        }
        return values;
    }

    /** A value below 2^256 into limbs (weak form). */
    private static void load(BigInteger v, long[] z) {
        Field52.fromInts(Nat256.fromBigInteger(v), z);
    }

    private static BigInteger value(long[] limbs) {
        BigInteger v = BigInteger.ZERO;
        for (int i = Field52.LIMBS - 1; i >= 0; i--) {
            v = v.shiftLeft(52).add(BigInteger.valueOf(limbs[i]));
        }
        return v;
    }

    /** {@code z} is congruent to {@code expected} and in weak form. */
    private static void assertElement(long[] z, BigInteger expected, String what, Object... args) {
        String label = String.format(what, args);
        assertThat(value(z).mod(P)).as(label).isEqualTo(expected.mod(P));
        for (int i = 0; i < 4; i++) {
            assertThat(z[i]).as("%s, limb %d", label, i).isBetween(0L, i == 1 ? 1L << 52 : (1L << 52) - 1);
        }
        assertThat(z[4]).as("%s, limb 4", label).isBetween(0L, (1L << 48) - 1);
    }
}
