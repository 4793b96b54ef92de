package astra.polymarket.signing;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.custom.sec.SecP256K1Curve;
import org.bouncycastle.math.raw.Nat256;

/**
 * {@code k·G} on secp256k1 for a fixed base point by fixed windows, with one precomputed table per
 * window: the 256-bit scalar is cut into {@code ceil(256 / width)} digits of {@code width} bits,
 * and the result is the sum of one table entry per digit — one mixed (Jacobian + affine) addition
 * per window after the first, no doublings, and no allocation ({@link JacobianAccumulator}).
 *
 * <p>Entries are offset by multiples of a point {@code H} whose discrete logarithm to {@code G}
 * nobody knows ({@link #unrelatedPoint}): window {@code i}'s entry {@code j} holds
 * {@code j·2^(width·i)·G + U_i} with {@code U_i = 2^i·H} and the last window's {@code U} equal to
 * minus the sum of the others, so the offsets cancel. Hence no entry is the point at infinity (a
 * zero digit costs like any other), and the running sum can only meet an entry or its negation —
 * the case the mixed addition cannot handle — if {@code k ≡ 0 (mod n)} or by a relation between
 * {@code G} and {@code H}, i.e. never for a valid nonce. (Offsetting by multiples of {@code G}
 * itself, as this class first did, lets the sum equal the next entry for about one nonce in 4,096:
 * low digits 63 then 0 give {@code 64·G + 64·G}, a doubling — a timing difference tied to 12
 * nonce bits.) Should it happen anyway, the multiplication finishes with BouncyCastle's generic
 * addition ({@link #finishGenerically}).
 *
 * <p>Side channels: the nonce {@code k} is secret, so nothing here may depend on its value in time
 * or memory access. Digits are cut out with shifts and masks; every window is looked up and added,
 * in order, whatever the digits; each lookup is {@link WindowTable#select}, a full masked scan.
 * The field arithmetic is BouncyCastle's {@code SecP256K1Field}, the same code its own point
 * addition runs (its final reductions branch on carries, as in BouncyCastle). The only
 * data-dependent branch added here is the equal-x test, taken with negligible probability (above).
 * {@code GeneratorWindowsTest} checks the read pattern through a recording table.
 *
 * <p>Immutable after construction and thread-safe; each thread brings its own accumulator.
 */
final class GeneratorWindows {
    private static final int SCALAR_BITS = 256;
    private static final byte[] OFFSET_TAG = "astra/secp256k1/generator-window-offset/".getBytes(StandardCharsets.US_ASCII);

    private final int width;
    private final ECCurve curve;
    private final WindowTable[] windows;

    /** Tables for {@code base}, {@code 2^width} affine points per window. */
    GeneratorWindows(ECPoint base, int width) {
        this(base, width, unrelatedPoint(base.getCurve()), Tables.MASKED);
    }

    /**
     * @param offsetBase the {@code H} of the class comment; tests pass a multiple of {@code base}
     *     to make the equal-x case reachable
     */
    GeneratorWindows(ECPoint base, int width, ECPoint offsetBase, Tables tables) {
        if (width < 2 || width > 8) {
            throw new IllegalArgumentException("window width must be 2 to 8 bits, got " + width);
        }
        if (!(base.getCurve() instanceof SecP256K1Curve)) {
            throw new IllegalArgumentException("the base point must be on BouncyCastle's secp256k1 curve");
        }
        this.width = width;
        this.curve = base.getCurve();
        int count = (SCALAR_BITS + width - 1) / width;
        int size = 1 << width;
        ECPoint[] entries = new ECPoint[count * size];
        ECPoint windowBase = base.normalize();
        ECPoint offset = curve.importPoint(offsetBase).normalize();
        ECPoint offsetSum = curve.getInfinity();
        for (int i = 0; i < count; i++) {
            ECPoint u = i < count - 1 ? offset : offsetSum.negate();
            ECPoint multiple = u;
            for (int j = 0; j < size; j++) {
                if (multiple.isInfinity()) {
                    throw new IllegalArgumentException("the offset point makes a table entry the point at infinity");
                }
                entries[i * size + j] = multiple;
                multiple = multiple.add(windowBase);
            }
            offsetSum = offsetSum.add(u);
            offset = offset.twice();
            windowBase = windowBase.timesPow2(width).normalize();
        }
        curve.normalizeAll(entries);
        this.windows = new WindowTable[count];
        for (int i = 0; i < count; i++) {
            int[] words = new int[size * WindowTable.WORDS_PER_ENTRY];
            for (int j = 0; j < size; j++) {
                ECPoint p = entries[i * size + j];
                int at = j * WindowTable.WORDS_PER_ENTRY;
                System.arraycopy(Nat256.fromBigInteger(p.getAffineXCoord().toBigInteger()), 0, words, at, 8);
                System.arraycopy(Nat256.fromBigInteger(p.getAffineYCoord().toBigInteger()), 0, words, at + 8, 8);
            }
            windows[i] = tables.create(i, words);
        }
    }

    /** How the per-window tables are made; tests substitute a recording one. */
    interface Tables {
        Tables MASKED = (window, words) -> new WindowTable(words);

        WindowTable create(int window, int[] words);
    }

    int windowCount() {
        return windows.length;
    }

    /**
     * Leaves {@code k·G} in {@code sum} (Jacobian), for {@code 0 < k < 2^256}.
     *
     * @throws IllegalArgumentException when {@code k} is out of range or a multiple of the group
     *     order (the product would be the point at infinity)
     */
    void multiply(BigInteger k, Workspace workspace) {
        if (k.signum() <= 0 || k.bitLength() > SCALAR_BITS) {
            throw new IllegalArgumentException("scalar outside (0, 2^256)");
        }
        int[] words = Nat256.fromBigInteger(k);
        int mask = (1 << width) - 1;
        JacobianAccumulator sum = workspace.sum;
        int[] x = workspace.x;
        int[] y = workspace.y;
        windows[0].select(words[0] & mask, x, y, workspace.masks);
        sum.setAffine(x, y);
        for (int i = 1; i < windows.length; i++) {
            windows[i].select(digit(words, i * width) & mask, x, y, workspace.masks);
            if (!sum.tryAddAffine(x, y)) {
                finishGenerically(words, i, workspace);
                return;
            }
        }
    }

    /** One thread's mutable state for {@link #multiply(BigInteger, Workspace)}; the product is left in {@link #sum}. */
    static final class Workspace {
        final JacobianAccumulator sum = new JacobianAccumulator();
        private final int[] x = Nat256.create();
        private final int[] y = Nat256.create();
        private final int[] masks = new int[256];
    }

    /** {@code k·G} as an affine BouncyCastle point; allocates (for tests and cross-checks). */
    ECPoint multiply(BigInteger k) {
        int[] x = Nat256.create();
        int[] y = Nat256.create();
        Workspace workspace = new Workspace();
        multiply(k, workspace);
        workspace.sum.toAffine(one(), x, y);
        return curve.createPoint(Nat256.toBigInteger(x), Nat256.toBigInteger(y));
    }

    /**
     * The equal-x case: adds window {@code from}'s entry (already in {@code x, y}) and the later
     * windows' entries with BouncyCastle's generic addition, which covers doubling and infinity.
     */
    private void finishGenerically(int[] words, int from, Workspace workspace) {
        JacobianAccumulator sum = workspace.sum;
        int[] x = workspace.x;
        int[] y = workspace.y;
        int[] ax = Nat256.create();
        int[] ay = Nat256.create();
        sum.toAffine(one(), ax, ay);
        ECPoint generic = affine(ax, ay);
        int mask = (1 << width) - 1;
        for (int i = from; i < windows.length; i++) {
            if (i > from) {
                windows[i].select(digit(words, i * width) & mask, x, y, workspace.masks);
            }
            generic = generic.add(affine(x, y));
        }
        generic = generic.normalize();
        if (generic.isInfinity()) {
            throw new IllegalArgumentException("k·G is the point at infinity: k is a multiple of the group order");
        }
        sum.setAffine(Nat256.fromBigInteger(generic.getAffineXCoord().toBigInteger()),
                Nat256.fromBigInteger(generic.getAffineYCoord().toBigInteger()));
    }

    private ECPoint affine(int[] x, int[] y) {
        return curve.createPoint(Nat256.toBigInteger(x), Nat256.toBigInteger(y));
    }

    private static int[] one() {
        int[] one = Nat256.create();
        one[0] = 1;
        return one;
    }

    /** The bits of the scalar from {@code bit} upwards; which words are read depends on the position only. */
    private static int digit(int[] words, int bit) {
        int word = bit >>> 5;
        long low = words[word] & 0xffff_ffffL;
        long high = word + 1 < words.length ? (words[word + 1] & 0xffff_ffffL) << 32 : 0;
        return (int) ((low | high) >>> (bit & 31));
    }

    /**
     * A point whose discrete logarithm to {@code G} nobody knows: the first even-y point whose x is
     * {@code SHA-256(tag ‖ counter)} for counter 0, 1, 2, … ("nothing up my sleeve"). Every point
     * of secp256k1 (cofactor 1) has the group's order.
     */
    static ECPoint unrelatedPoint(ECCurve curve) {
        SHA256Digest sha = new SHA256Digest();
        byte[] encoded = new byte[33];
        encoded[0] = 0x02;
        for (int counter = 0; ; counter++) {
            sha.update(OFFSET_TAG, 0, OFFSET_TAG.length);
            sha.update((byte) (counter >>> 8));
            sha.update((byte) counter);
            sha.doFinal(encoded, 1);
            try {
                return curve.decodePoint(encoded);
            } catch (IllegalArgumentException notOnTheCurve) {
                // x at or above p, or x³ + 7 has no square root: try the next counter.
            }
        }
    }
}
