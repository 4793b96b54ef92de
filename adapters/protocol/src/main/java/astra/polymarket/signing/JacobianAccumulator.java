package astra.polymarket.signing;

import org.bouncycastle.math.ec.custom.sec.SecP256K1Field;
import org.bouncycastle.math.raw.Nat256;

/**
 * A running secp256k1 point sum in Jacobian coordinates ({@code x = X/Z², y = Y/Z³}) with all its
 * temporaries preallocated, so adding an affine point allocates nothing. Field elements are
 * BouncyCastle's 8-word little-endian {@code int[]}s, always fully reduced below p (every
 * {@link SecP256K1Field} operation leaves them so), which is what makes the zero test of
 * {@code H} exact.
 *
 * <p>One instance per thread (mutable, not thread-safe). It never holds the point at infinity:
 * {@link #tryAddAffine} refuses the one case that could produce it.
 */
final class JacobianAccumulator {
    private final int[] x = Nat256.create();
    private final int[] y = Nat256.create();
    private final int[] z = Nat256.create();
    private final int[] zz = Nat256.create();
    private final int[] u2 = Nat256.create();
    private final int[] s2 = Nat256.create();
    private final int[] h = Nat256.create();
    private final int[] r = Nat256.create();
    private final int[] hh = Nat256.create();
    private final int[] g = Nat256.create();
    private final int[] v = Nat256.create();
    private final int[] wide = Nat256.createExt();

    /** Starts the sum at the affine point {@code (ax, ay)}. */
    void setAffine(int[] ax, int[] ay) {
        Nat256.copy(ax, x);
        Nat256.copy(ay, y);
        Nat256.zero(z);
        z[0] = 1;
    }

    /**
     * Adds the affine point {@code (x2, y2)} (8 multiplications and 3 squarings, the usual mixed
     * addition). Returns false, with the sum unchanged, when the two points have the same x — the
     * sum is then the doubling or the point at infinity, which these formulas do not cover.
     */
    boolean tryAddAffine(int[] x2, int[] y2) {
        SecP256K1Field.square(z, zz, wide);
        SecP256K1Field.multiply(x2, zz, u2, wide);
        SecP256K1Field.multiply(z, zz, s2, wide);
        SecP256K1Field.multiply(y2, s2, s2, wide);
        SecP256K1Field.subtract(u2, x, h);
        SecP256K1Field.subtract(s2, y, r);
        if (SecP256K1Field.isZero(h) != 0) {
            return false;
        }
        SecP256K1Field.square(h, hh, wide);
        SecP256K1Field.multiply(hh, h, g, wide);
        SecP256K1Field.multiply(hh, x, v, wide);
        SecP256K1Field.multiply(y, g, s2, wide);
        // X3 = R² − H³ − 2·X1·H²
        SecP256K1Field.square(r, x, wide);
        SecP256K1Field.subtract(x, g, x);
        SecP256K1Field.twice(v, u2);
        SecP256K1Field.subtract(x, u2, x);
        // Y3 = R·(X1·H² − X3) − Y1·H³
        SecP256K1Field.subtract(v, x, v);
        SecP256K1Field.multiply(r, v, v, wide);
        SecP256K1Field.subtract(v, s2, y);
        // Z3 = Z1·H
        SecP256K1Field.multiply(z, h, z, wide);
        return true;
    }

    /** Negates the sum when {@code mask} is all ones, keeps it when zero; the same work either way. */
    void negateIf(int mask) {
        negateIf(mask, y, zz);
    }

    /** {@code y ← −y} when {@code mask} is all ones, unchanged when zero, computing both; {@code y} is not 0. */
    static void negateIf(int mask, int[] y, int[] scratch) {
        SecP256K1Field.negate(y, scratch);
        choose(mask, scratch, y);
    }

    /** {@code into ← mask ? from : into}, word by word with masks. */
    static void choose(int mask, int[] from, int[] into) {
        for (int i = 0; i < 8; i++) {
            into[i] = (from[i] & mask) | (into[i] & ~mask);
        }
    }

    /**
     * Writes the affine coordinates. The inversion is of {@code Z·blind}, multiplied back by
     * {@code blind}: a random non-zero {@code blind} keeps the inversion's operand unrelated to
     * the secret, as BouncyCastle's {@code normalize()} does.
     */
    void toAffine(int[] blind, int[] outX, int[] outY) {
        SecP256K1Field.multiply(z, blind, zz, wide);
        SecP256K1Field.inv(zz, zz);
        SecP256K1Field.multiply(zz, blind, zz, wide);
        SecP256K1Field.square(zz, hh, wide);
        SecP256K1Field.multiply(x, hh, outX, wide);
        SecP256K1Field.multiply(hh, zz, hh, wide);
        SecP256K1Field.multiply(y, hh, outY, wide);
    }
}
