package astra.polymarket.signing;

import java.math.BigInteger;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECLookupTable;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.raw.Nat256;

/**
 * {@code k·G} for a fixed base point by fixed windows, with one precomputed table per window: the
 * 256-bit scalar is cut into {@code ceil(256 / width)} digits of {@code width} bits, and the result
 * is the sum of one table entry per digit — one mixed point addition per window and no doublings
 * (BouncyCastle's comb does a doubling and an addition per round).
 *
 * <p>Entries never hold the point at infinity: window {@code i}'s entry {@code j} holds
 * {@code (j + 1)·2^(width·i)·G}, so the sum is {@code k·G + C} with the constant
 * {@code C = Σ 2^(width·i)·G}, and {@code −C} is added at the end. A zero digit therefore costs the
 * same as any other.
 *
 * <p>Side channels: the nonce {@code k} is secret, so nothing here may depend on its value in
 * time or memory access. Each window's table is BouncyCastle's cache-safe lookup table
 * ({@link ECCurve#createCacheSafeLookupTable}), whose {@link ECLookupTable#lookup} reads every
 * entry and keeps the wanted one with masks; the variable-time {@code lookupVar} is never used.
 * Digits are cut out with shifts and masks only. Every window is looked up and added, in order,
 * whatever the digits. What is left is BouncyCastle's point addition, which branches when its two
 * inputs are equal, opposite or at infinity: for a random nonce the running sum meets a table
 * entry or its negation with probability about {@code 2^-250}, the same exposure as the comb
 * multiplier it replaces. {@code GeneratorWindowsTest} checks the access pattern through a
 * recording table.
 *
 * <p>Immutable after construction and thread-safe (lookups allocate their result).
 */
final class GeneratorWindows {
    private static final int SCALAR_BITS = 256;

    private final int width;
    private final ECLookupTable[] windows;
    private final ECPoint minusOffset;

    /** Tables for {@code base}, {@code 2^width} affine points per window. */
    GeneratorWindows(ECPoint base, int width) {
        this(base, width, Tables.CACHE_SAFE);
    }

    GeneratorWindows(ECPoint base, int width, Tables tables) {
        if (width < 2 || width > 8) {
            throw new IllegalArgumentException("window width must be 2 to 8 bits, got " + width);
        }
        this.width = width;
        int count = (SCALAR_BITS + width - 1) / width;
        int size = 1 << width;
        ECCurve curve = base.getCurve();
        ECPoint[] entries = new ECPoint[count * size];
        ECPoint windowBase = base.normalize();
        ECPoint offset = curve.getInfinity();
        for (int i = 0; i < count; i++) {
            ECPoint multiple = windowBase;
            for (int j = 0; j < size; j++) {
                entries[i * size + j] = multiple;
                multiple = multiple.add(windowBase);
            }
            offset = offset.add(windowBase);
            // The last entry is 2^width · windowBase, the next window's base.
            windowBase = entries[i * size + size - 1].normalize();
        }
        curve.normalizeAll(entries);
        this.windows = new ECLookupTable[count];
        for (int i = 0; i < count; i++) {
            windows[i] = tables.create(curve, entries, i * size, size);
        }
        this.minusOffset = offset.negate().normalize();
    }

    /** How the per-window tables are made; tests substitute a recording one. */
    interface Tables {
        Tables CACHE_SAFE = ECCurve::createCacheSafeLookupTable;

        ECLookupTable create(ECCurve curve, ECPoint[] points, int offset, int length);
    }

    int windowCount() {
        return windows.length;
    }

    /** {@code k·G} in Jacobian (not normalised) coordinates, for {@code 0 < k < 2^256}. */
    ECPoint multiply(BigInteger k) {
        if (k.signum() <= 0 || k.bitLength() > SCALAR_BITS) {
            throw new IllegalArgumentException("scalar outside (0, 2^256)");
        }
        int[] words = Nat256.fromBigInteger(k);
        int mask = (1 << width) - 1;
        ECPoint sum = windows[0].lookup(words[0] & mask);
        for (int i = 1; i < windows.length; i++) {
            sum = sum.add(windows[i].lookup(digit(words, i * width) & mask));
        }
        return sum.add(minusOffset);
    }

    /** The bits of the scalar from {@code bit} upwards; which words are read depends on the position only. */
    private static int digit(int[] words, int bit) {
        int word = bit >>> 5;
        long low = words[word] & 0xffff_ffffL;
        long high = word + 1 < words.length ? (words[word + 1] & 0xffff_ffffL) << 32 : 0;
        return (int) ((low | high) >>> (bit & 31));
    }
}
