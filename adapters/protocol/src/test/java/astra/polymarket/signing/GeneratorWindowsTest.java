package astra.polymarket.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bouncycastle.math.ec.ECLookupTable;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Sign;

/** The windowed k·G against BouncyCastle's comb, and its table accesses against the secret. */
class GeneratorWindowsTest {
    private static final ECPoint G = Sign.CURVE_PARAMS.getG();
    private static final BigInteger N = Sign.CURVE_PARAMS.getN();
    private static final GeneratorWindows WINDOWS = new GeneratorWindows(G, Secp256k1.WINDOW_WIDTH);

    private static ECPoint comb(BigInteger k) {
        return new FixedPointCombMultiplier().multiply(G, k).normalize();
    }

    /** Scalars whose digits are all zero, all ones, lone bits at window edges, and the ends of the range. */
    private static List<BigInteger> edgeScalars() {
        List<BigInteger> out = new ArrayList<>(List.of(BigInteger.ONE, BigInteger.TWO, N.subtract(BigInteger.ONE),
                N.subtract(BigInteger.TWO), BigInteger.ONE.shiftLeft(255), BigInteger.ONE.shiftLeft(252),
                BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)));
        for (int bit = 5; bit < 256; bit += 6) {
            out.add(BigInteger.ONE.shiftLeft(bit));
        }
        return out;
    }

    @Test
    void edgeAndRandomScalars_giveTheCombMultipliersPoint() {
        Random random = new Random(17);
        List<BigInteger> scalars = edgeScalars();
        for (int i = 0; i < 200; i++) {
            scalars.add(new BigInteger(256, random).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE));
        }
        for (BigInteger k : scalars) {
            assertThat(WINDOWS.multiply(k).normalize()).as("k = %s", k.toString(16)).isEqualTo(comb(k));
        }
    }

    @Test
    void everyWidth_givesTheSamePoint() {
        BigInteger k = new BigInteger("c0ffee" + "0123456789abcdef".repeat(3) + "deadbeef", 16);
        for (int width = 2; width <= 8; width++) {
            assertThat(new GeneratorWindows(G, width).multiply(k).normalize()).as("width %d", width)
                    .isEqualTo(comb(k));
        }
    }

    @Test
    void zeroNegativeAndOversizedScalars_areRefused() {
        assertThatThrownBy(() -> WINDOWS.multiply(BigInteger.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WINDOWS.multiply(BigInteger.ONE.negate())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WINDOWS.multiply(BigInteger.ONE.shiftLeft(256)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The part of constant time that this class owns: whatever the secret scalar, every window's
     * table is asked exactly once, in the same order, through the masked {@code lookup} (never the
     * variable-time {@code lookupVar}) — a zero digit or a short scalar takes no shortcut. The
     * masked selection inside each table is BouncyCastle's.
     */
    @Test
    void tableAccesses_areTheSameSequenceForEveryScalar() {
        List<Integer> accessed = new ArrayList<>();
        GeneratorWindows recorded = new GeneratorWindows(G, Secp256k1.WINDOW_WIDTH, (curve, points, offset, length) -> {
            ECLookupTable real = curve.createCacheSafeLookupTable(points, offset, length);
            int window = offset / length;
            return new ECLookupTable() {
                @Override
                public int getSize() {
                    return real.getSize();
                }

                @Override
                public ECPoint lookup(int index) {
                    accessed.add(window);
                    return real.lookup(index);
                }

                @Override
                public ECPoint lookupVar(int index) {
                    throw new AssertionError("variable-time lookup used on a secret index");
                }
            };
        });
        List<Integer> expected = new ArrayList<>();
        for (int w = 0; w < recorded.windowCount(); w++) {
            expected.add(w);
        }
        Random random = new Random(99);
        List<BigInteger> scalars = edgeScalars();
        scalars.add(new BigInteger(256, random).mod(N));
        for (BigInteger k : scalars) {
            accessed.clear();
            ECPoint p = recorded.multiply(k);
            assertThat(accessed).as("windows asked for k = %s", k.toString(16)).isEqualTo(expected);
            assertThat(p.normalize()).isEqualTo(comb(k));
        }
        // 256 bits in 6-bit windows: 42 full windows and one of 4 bits.
        assertThat(recorded.windowCount()).isEqualTo(43);
    }
}
