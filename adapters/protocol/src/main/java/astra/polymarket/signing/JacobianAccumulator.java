package astra.polymarket.signing;

import org.bouncycastle.math.ec.custom.sec.SecP256K1Field;
import org.bouncycastle.math.raw.Nat256;

/**
 * A running secp256k1 point sum in Jacobian coordinates ({@code x = X/Z², y = Y/Z³}) with all its
 * temporaries preallocated, so adding an affine point allocates nothing. The sum and the
 * arithmetic are in {@link Field52}'s five 52-bit limbs (weak form, whose zero test is exact);
 * points come in and go out as BouncyCastle's 8-word little-endian {@code int[]}s, fully reduced.
 *
 * <p>One instance per thread (mutable, not thread-safe). It never holds the point at infinity:
 * {@link #tryAddAffine} refuses the one case that could produce it.
 */
final class JacobianAccumulator {
    private final long[] x = Field52.create();
    private final long[] y = Field52.create();
    private final long[] z = Field52.create();
    private final long[] zz = Field52.create();
    private final long[] u2 = Field52.create();
    private final long[] s2 = Field52.create();
    private final long[] h = Field52.create();
    private final long[] r = Field52.create();
    private final long[] hh = Field52.create();
    private final long[] g = Field52.create();
    private final long[] v = Field52.create();
    private final long[] addedX = Field52.create();
    private final long[] addedY = Field52.create();
    private final int[] wordsX = Nat256.create();
    private final int[] wordsY = Nat256.create();
    private final int[] wordsZ = Nat256.create();
    private final int[] wide = Nat256.createExt();

    /** Starts the sum at the affine point {@code (ax, ay)}. */
    void setAffine(int[] ax, int[] ay) {
        Field52.fromInts(ax, x);
        Field52.fromInts(ay, y);
        Field52.one(z);
    }

    /**
     * Adds the affine point {@code (x2, y2)} (8 multiplications and 3 squarings, the usual mixed
     * addition). Returns false, with the sum unchanged, when the two points have the same x — the
     * sum is then the doubling or the point at infinity, which these formulas do not cover.
     */
    boolean tryAddAffine(int[] x2, int[] y2) {
        Field52.fromInts(x2, addedX);
        Field52.fromInts(y2, addedY);
        Field52.square(z, zz);
        Field52.multiply(addedX, zz, u2);
        Field52.multiply(z, zz, s2);
        Field52.multiply(addedY, s2, s2);
        Field52.subtract(u2, x, h);
        Field52.subtract(s2, y, r);
        Field52.normalize(h, h);
        if (Field52.isZero(h)) {
            return false;
        }
        Field52.square(h, hh);
        Field52.multiply(hh, h, g);
        Field52.multiply(hh, x, v);
        Field52.multiply(y, g, s2);
        // X3 = R² − H³ − 2·X1·H²
        Field52.square(r, x);
        Field52.subtract(x, g, x);
        Field52.twice(v, u2);
        Field52.subtract(x, u2, x);
        // Y3 = R·(X1·H² − X3) − Y1·H³
        Field52.subtract(v, x, v);
        Field52.multiply(r, v, v);
        Field52.subtract(v, s2, y);
        // Z3 = Z1·H
        Field52.multiply(z, h, z);
        return true;
    }

    /** Negates the sum when {@code mask} is all ones, keeps it when zero; the same work either way. */
    void negateIf(int mask) {
        Field52.negate(y, zz);
        Field52.choose(mask, zz, y);
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
        exportTo(x, wordsX);
        exportTo(y, wordsY);
        exportTo(z, wordsZ);
        SecP256K1Field.multiply(wordsZ, blind, wordsZ, wide);
        SecP256K1Field.inv(wordsZ, wordsZ);
        SecP256K1Field.multiply(wordsZ, blind, wordsZ, wide);
        // outX holds 1/Z² until its last line makes it X/Z².
        SecP256K1Field.square(wordsZ, outX, wide);
        SecP256K1Field.multiply(wordsY, wordsZ, wordsY, wide);
        SecP256K1Field.multiply(wordsY, outX, outY, wide);
        SecP256K1Field.multiply(wordsX, outX, outX, wide);
    }

    private void exportTo(long[] element, int[] words) {
        Field52.normalize(element, zz);
        Field52.toInts(zz, words);
    }
}
