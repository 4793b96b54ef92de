package astra.polymarket.signing;

import java.math.BigInteger;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.custom.sec.SecP256K1Curve;
import org.bouncycastle.math.raw.Nat256;

/**
 * {@code k·G} on secp256k1 for a fixed base point by fixed windows of signed odd digits, with one
 * precomputed table per window: one mixed (Jacobian + affine) addition per window after the
 * first, no doublings, and no allocation ({@link JacobianAccumulator}).
 *
 * <p>The digits: an odd scalar {@code k'} is exactly {@code Σ d_i·2^(width·i)} with every
 * {@code d_i} odd in {@code [−(2^width − 1), 2^width − 1]}, where for {@code t_i} = the
 * {@code width} bits of {@code k'} from bit {@code width·i + 1} upwards, {@code d_i = 2·t_i + 1 − 2^width},
 * except the last, {@code d_m = 2·t_m + 1} (repeatedly take {@code d = (k' mod 2^(width+1)) − 2^width}
 * and {@code k' ← (k' − d) / 2^width}, which stays odd). So a table needs only the
 * {@code 2^(width−1)} odd multiples {@code (2j+1)·2^(width·i)·G}, and a negative digit takes its
 * entry with y negated. An even {@code k} is replaced by the odd {@code n − k} and the product
 * negated at the end ({@code (n − k)·G = −k·G}).
 *
 * <p>Why these digits: no digit is zero, so no entry is the point at infinity, and the running sum
 * {@code A_i = Σ_{j≤i} d_j·2^(width·j)} satisfies {@code 0 < |A_i| < 2^(width·(i+1)) ≤ |d_{i+1}|·2^(width·(i+1))}:
 * it can never equal the next entry or its negation — the case the mixed addition does not cover —
 * except modulo n at the very last addition, for a handful of specific nonces (for width 6,
 * {@code k' = 15·2^253 − n}: probability about 2^-255). Should it happen, the multiplication
 * finishes with BouncyCastle's generic addition ({@link #finishGenerically}). (The unsigned
 * windows this replaces offset every entry by a multiple of G, which let the running sum meet the
 * next entry for about one nonce in 4,096 — low digits 63 then 0 gave {@code 64·G + 64·G}, a
 * doubling, so a timing difference tied to 12 nonce bits.)
 *
 * <p>Side channels: the nonce {@code k} is secret, so nothing here may depend on its value in time
 * or memory access. The choice of {@code k} or {@code n − k}, the digits, their signs and indexes
 * are computed with masks, shifts and BouncyCastle's constant-time {@code Nat256} add/sub; every
 * window is looked up and added, in order, whatever the digits; each lookup is
 * {@link WindowTable#select}, a full masked scan; negations are computed always and kept by mask.
 * The additions' field arithmetic is {@link Field52}'s, which has no branch at all (the affine
 * conversion at the end uses BouncyCastle's {@code SecP256K1Field}, blinded). The only
 * data-dependent branch added here is the equal-x test, taken with negligible probability (above).
 * {@code GeneratorWindowsTest} checks the read pattern through a recording table.
 *
 * <p>Immutable after construction and thread-safe; each thread brings its own {@link Workspace}.
 */
final class GeneratorWindows {
    private static final int SCALAR_BITS = 256;

    private final int width;
    private final ECCurve curve;
    private final BigInteger order;
    private final int[] orderWords;
    private final WindowTable[] windows;

    /** Tables for {@code base}, {@code 2^(width−1)} affine points per window. */
    GeneratorWindows(ECPoint base, int width) {
        this(base, width, Tables.MASKED);
    }

    GeneratorWindows(ECPoint base, int width, Tables tables) {
        if (width < 2 || width > 8) {
            throw new IllegalArgumentException("window width must be 2 to 8 bits, got " + width);
        }
        if (!(base.getCurve() instanceof SecP256K1Curve)) {
            throw new IllegalArgumentException("the base point must be on BouncyCastle's secp256k1 curve");
        }
        this.width = width;
        this.curve = base.getCurve();
        this.order = curve.getOrder();
        this.orderWords = Nat256.fromBigInteger(order);
        int count = (SCALAR_BITS + width - 1) / width;
        int size = 1 << (width - 1);
        ECPoint[] entries = new ECPoint[count * size];
        ECPoint windowBase = base.normalize();
        for (int i = 0; i < count; i++) {
            ECPoint twice = windowBase.twice();
            ECPoint multiple = windowBase;
            for (int j = 0; j < size; j++) {
                entries[i * size + j] = multiple;
                multiple = multiple.add(twice);
            }
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
     * Leaves {@code k·G} in {@code workspace.sum} (Jacobian), for {@code 0 < k < n}.
     *
     * @throws IllegalArgumentException when {@code k} is out of range
     */
    void multiply(BigInteger k, Workspace workspace) {
        if (k.signum() <= 0 || k.compareTo(order) >= 0) {
            throw new IllegalArgumentException("scalar outside (0, n)");
        }
        int[] odd = workspace.scalar;
        Nat256.copy(Nat256.fromBigInteger(k), odd);
        Nat256.sub(orderWords, odd, workspace.negated);
        int even = (odd[0] & 1) - 1;
        JacobianAccumulator.choose(even, workspace.negated, odd);
        JacobianAccumulator sum = workspace.sum;
        entry(0, odd, workspace);
        sum.setAffine(workspace.x, workspace.y);
        for (int i = 1; i < windows.length; i++) {
            entry(i, odd, workspace);
            if (!sum.tryAddAffine(workspace.x, workspace.y)) {
                finishGenerically(odd, i, workspace);
                break;
            }
        }
        sum.negateIf(even);
    }

    /** Window {@code i}'s signed digit of the odd scalar, looked up into {@code workspace.x, y}. */
    private void entry(int i, int[] odd, Workspace workspace) {
        int half = 1 << (width - 1);
        int t = digit(odd, width * i + 1) & ((1 << width) - 1);
        // The last digit is 2·t + 1 (never negative): set t's top bit so it reads as positive.
        t |= i == windows.length - 1 ? half : 0;
        int negative = (t >>> (width - 1)) - 1;
        int index = (t ^ negative) & (half - 1);
        windows[i].select(index, workspace.x, workspace.y, workspace.masks);
        JacobianAccumulator.negateIf(negative, workspace.y, workspace.negated);
    }

    /** One thread's mutable state for {@link #multiply(BigInteger, Workspace)}; the product is left in {@link #sum}. */
    static final class Workspace {
        final JacobianAccumulator sum = new JacobianAccumulator();
        private final int[] scalar = Nat256.create();
        private final int[] negated = Nat256.create();
        private final int[] x = Nat256.create();
        private final int[] y = Nat256.create();
        private final long[] masks = new long[256];
    }

    /** {@code k·G} as an affine BouncyCastle point; allocates (for tests and cross-checks). */
    ECPoint multiply(BigInteger k) {
        int[] x = Nat256.create();
        int[] y = Nat256.create();
        Workspace workspace = new Workspace();
        multiply(k, workspace);
        workspace.sum.toAffine(one(), x, y);
        return affine(x, y);
    }

    /**
     * The equal-x case: adds window {@code from}'s entry (already in {@code workspace.x, y}) and
     * the later windows' entries with BouncyCastle's generic addition, which covers doubling.
     */
    private void finishGenerically(int[] odd, int from, Workspace workspace) {
        int[] ax = Nat256.create();
        int[] ay = Nat256.create();
        workspace.sum.toAffine(one(), ax, ay);
        ECPoint generic = affine(ax, ay);
        for (int i = from; i < windows.length; i++) {
            if (i > from) {
                entry(i, odd, workspace);
            }
            generic = generic.add(affine(workspace.x, workspace.y));
        }
        generic = generic.normalize();
        if (generic.isInfinity()) {
            throw new IllegalStateException("k·G came out as the point at infinity for k in (0, n)");
        }
        workspace.sum.setAffine(Nat256.fromBigInteger(generic.getAffineXCoord().toBigInteger()),
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

    /**
     * The bits of the scalar from {@code bit} upwards (none from bit 256: widths 3 and 5 start
     * their last digit there); which words are read depends on the position only.
     */
    private static int digit(int[] words, int bit) {
        int word = bit >>> 5;
        if (word >= words.length) {
            return 0;
        }
        long low = words[word] & 0xffff_ffffL;
        long high = word + 1 < words.length ? (words[word + 1] & 0xffff_ffffL) << 32 : 0;
        return (int) ((low | high) >>> (bit & 31));
    }
}
