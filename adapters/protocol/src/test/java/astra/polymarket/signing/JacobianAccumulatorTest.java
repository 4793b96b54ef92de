package astra.polymarket.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Random;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.custom.sec.SecP256K1Field;
import org.bouncycastle.math.raw.Nat256;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Sign;

/** The allocation-free mixed addition against BouncyCastle's point addition. */
class JacobianAccumulatorTest {
    private static final ECPoint G = Sign.CURVE_PARAMS.getG();
    private static final BigInteger N = Sign.CURVE_PARAMS.getN();

    private static int[] x(ECPoint p) {
        return Nat256.fromBigInteger(p.normalize().getAffineXCoord().toBigInteger());
    }

    private static int[] y(ECPoint p) {
        return Nat256.fromBigInteger(p.normalize().getAffineYCoord().toBigInteger());
    }

    private static ECPoint affine(JacobianAccumulator sum, int[] blind) {
        int[] ax = Nat256.create();
        int[] ay = Nat256.create();
        sum.toAffine(blind, ax, ay);
        return G.getCurve().createPoint(Nat256.toBigInteger(ax), Nat256.toBigInteger(ay));
    }

    private static int[] one() {
        int[] one = Nat256.create();
        one[0] = 1;
        return one;
    }

    private static ECPoint randomPoint(Random random) {
        return G.multiply(new BigInteger(256, random).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE)).normalize();
    }

    @Test
    void chainsOfMixedAdditions_equalBouncyCastlesSums() {
        Random random = new Random(31);
        SecureRandom blinding = new SecureRandom();
        for (int chain = 0; chain < 20; chain++) {
            ECPoint start = randomPoint(random);
            JacobianAccumulator sum = new JacobianAccumulator();
            sum.setAffine(x(start), y(start));
            ECPoint expected = start;
            for (int i = 0; i < 30; i++) {
                ECPoint next = randomPoint(random);
                assertThat(sum.tryAddAffine(x(next), y(next))).isTrue();
                expected = expected.add(next);
            }
            int[] blind = Nat256.create();
            SecP256K1Field.randomMult(blinding, blind);
            // The blinding factor cancels: the same point with a random blind and with 1.
            assertThat(affine(sum, blind)).as("chain %d, blinded", chain).isEqualTo(expected.normalize());
            assertThat(affine(sum, one())).as("chain %d", chain).isEqualTo(expected.normalize());
        }
    }

    @Test
    void addingTheSamePointOrItsNegation_isRefusedAndLeavesTheSumUnchanged() {
        ECPoint p = G.multiply(BigInteger.valueOf(12345)).normalize();
        JacobianAccumulator sum = new JacobianAccumulator();
        sum.setAffine(x(p), y(p));
        ECPoint q = G.multiply(BigInteger.valueOf(777)).normalize();
        assertThat(sum.tryAddAffine(x(q), y(q))).isTrue();
        // The sum is now 13,122·G in Jacobian form (Z ≠ 1): equal x must be found through Z.
        ECPoint same = G.multiply(BigInteger.valueOf(13_122)).normalize();

        assertThat(sum.tryAddAffine(x(same), y(same))).as("doubling").isFalse();
        assertThat(sum.tryAddAffine(x(same), y(same.negate()))).as("opposite").isFalse();
        assertThat(affine(sum, one())).isEqualTo(same);
    }
}
