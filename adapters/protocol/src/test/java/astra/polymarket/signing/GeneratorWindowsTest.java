package astra.polymarket.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Sign;

/** The windowed k·G against BouncyCastle's reference multiplications, and its table reads against the secret. */
class GeneratorWindowsTest {
    private static final ECPoint G = Sign.CURVE_PARAMS.getG();
    private static final BigInteger N = Sign.CURVE_PARAMS.getN();
    private static final GeneratorWindows WINDOWS = new GeneratorWindows(G, Secp256k1.WINDOW_WIDTH);

    /** BouncyCastle's comb, the multiplier web3j's signer uses for k·G. */
    private static ECPoint comb(BigInteger k) {
        return new FixedPointCombMultiplier().multiply(G, k).normalize();
    }

    /**
     * Scalars with lone bits and runs at window edges (odd and even, so both k and n − k are
     * signed), the ends of the range, and the low digits 63 then 0 (which made the former unsigned
     * windows add 64·G to itself).
     */
    private static List<BigInteger> edgeScalars() {
        List<BigInteger> out = new ArrayList<>(List.of(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(63),
                BigInteger.valueOf(64), BigInteger.valueOf(0xfff), N.subtract(BigInteger.ONE),
                N.subtract(BigInteger.TWO), BigInteger.ONE.shiftLeft(255), BigInteger.ONE.shiftLeft(252),
                BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(252).subtract(BigInteger.ONE)));
        for (int bit = 5; bit < 256; bit += 6) {
            out.add(BigInteger.ONE.shiftLeft(bit));
            out.add(BigInteger.ONE.shiftLeft(bit + 1));
            out.add(BigInteger.ONE.shiftLeft(bit + 1).subtract(BigInteger.ONE));
        }
        out.removeIf(k -> k.compareTo(N) >= 0);
        return out;
    }

    private static List<BigInteger> edgeAndRandomScalars(long seed, int random) {
        Random rng = new Random(seed);
        List<BigInteger> scalars = edgeScalars();
        for (int i = 0; i < random; i++) {
            scalars.add(new BigInteger(256, rng).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE));
        }
        return scalars;
    }

    @Test
    void edgeAndRandomScalars_giveBouncyCastlesReferencePoints() {
        for (BigInteger k : edgeAndRandomScalars(17, 400)) {
            ECPoint ours = WINDOWS.multiply(k);
            assertThat(ours).as("k = %s against the comb", k.toString(16)).isEqualTo(comb(k));
            assertThat(ours).as("k = %s against G.multiply", k.toString(16)).isEqualTo(G.multiply(k).normalize());
        }
    }

    @Test
    void everyWidth_givesTheSamePoint() {
        BigInteger k = new BigInteger("c0ffee" + "0123456789abcdef".repeat(3) + "deadbeef", 16);
        for (int width = 2; width <= 8; width++) {
            assertThat(new GeneratorWindows(G, width).multiply(k)).as("width %d", width).isEqualTo(comb(k));
        }
    }

    @Test
    void zeroNegativeAndScalarsFromTheGroupOrderUp_areRefused() {
        for (BigInteger k : List.of(BigInteger.ZERO, BigInteger.ONE.negate(), N, N.add(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(256))) {
            assertThatThrownBy(() -> WINDOWS.multiply(k)).as("k = %s", k.toString(16))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("scalar outside (0, n)");
        }
    }

    /**
     * The two nonces whose running sum meets the last entry, so the generic fallback runs (found
     * by hand from the class comment). The odd one, k' = 15·2^253 − n: since 2^256 − n ≈ 2^128,
     * k' = 7·2^253 + (2^256 − n), so its last digit is d_42 = 2·(k' >> 253) + 1 = 15 and the sum
     * before it is A_41 = k' − 15·2^252 = 15·2^252 − n ≡ 15·2^252 (mod n): the last addition adds
     * 15·2^252·G to itself. The even one, n − k', is signed as k' and negated.
     */
    @Test
    void theNoncesWhoseLastAdditionIsADoubling_stillGiveTheReferencePoint() {
        BigInteger odd = BigInteger.valueOf(15).shiftLeft(253).subtract(N);
        assertThat(odd.testBit(0)).isTrue();
        assertThat(odd.shiftRight(253)).isEqualTo(BigInteger.valueOf(7));
        for (BigInteger k : List.of(odd, N.subtract(odd))) {
            assertThat(WINDOWS.multiply(k)).as("k = %s", k.toString(16)).isEqualTo(comb(k));
        }
    }

    /**
     * The part of constant time that this class owns: whatever the secret scalar, every window's
     * table is read in full, word by word in the same order, windows in order — the sequence of
     * positions read is the same for very different scalars, so a zero digit, a short scalar or an
     * index takes no shortcut. (Which entry is kept is decided by masks, checked by the points.)
     */
    @Test
    void tableReads_areTheSameFullSequenceForEveryScalar() {
        ReadLog log = new ReadLog();
        GeneratorWindows recorded = new GeneratorWindows(G, Secp256k1.WINDOW_WIDTH, (window, words) -> new WindowTable(words) {
                    @Override
                    long read(int position) {
                        log.add(window * 1_000_000 + position);
                        return super.read(position);
                    }
                });
        int tableWords = (1 << (Secp256k1.WINDOW_WIDTH - 1)) * WindowTable.LONGS_PER_ENTRY;
        int[] first = null;
        for (BigInteger k : edgeAndRandomScalars(99, 20)) {
            log.clear();
            ECPoint p = recorded.multiply(k);
            int[] reads = log.contents();
            if (first == null) {
                first = reads;
                // Every word of every window, each once, windows in order.
                int[] sorted = reads.clone();
                Arrays.sort(sorted);
                int[] everyWord = new int[recorded.windowCount() * tableWords];
                for (int i = 0; i < everyWord.length; i++) {
                    everyWord[i] = i / tableWords * 1_000_000 + i % tableWords;
                }
                assertThat(Arrays.equals(sorted, everyWord)).as("each word of each table read once").isTrue();
                assertThat(reads).as("windows in order").isEqualTo(sortedByWindow(reads));
            }
            // Compared whole (an 11,000-long listing helps nobody when it fails).
            assertThat(Arrays.equals(reads, first)).as("same reads for k = %s as for the first scalar", k.toString(16))
                    .isTrue();
            assertThat(p).isEqualTo(comb(k));
        }
        // 256 bits in 6-bit windows: 42 full windows and one of 4 bits.
        assertThat(recorded.windowCount()).isEqualTo(43);
    }

    /** The reads with windows in ascending order, each window's reads kept in their order. */
    private static int[] sortedByWindow(int[] reads) {
        return Arrays.stream(reads).boxed().sorted((a, b) -> Integer.compare(a / 1_000_000, b / 1_000_000))
                .mapToInt(Integer::intValue).toArray();
    }

    @Test
    void select_returnsEachEntryForItsIndex() {
        int entries = 64;
        int[] words = new int[entries * WindowTable.WORDS_PER_ENTRY];
        Random random = new Random(5);
        for (int i = 0; i < words.length; i++) {
            words[i] = random.nextInt();
        }
        WindowTable table = new WindowTable(words);
        int[] x = new int[8];
        int[] y = new int[8];
        long[] masks = new long[entries];
        for (int index = 0; index < entries; index++) {
            table.select(index, x, y, masks);
            int at = index * WindowTable.WORDS_PER_ENTRY;
            assertThat(x).as("x of entry %d", index).isEqualTo(Arrays.copyOfRange(words, at, at + 8));
            assertThat(y).as("y of entry %d", index).isEqualTo(Arrays.copyOfRange(words, at + 8, at + 16));
        }
    }

    @Test
    void windowTableOfPartialEntries_isRefused() {
        assertThatThrownBy(() -> new WindowTable(new int[17]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("17 words");
    }

    /** A growable int list without boxing: one multiplication reads about 11,000 longs. */
    private static final class ReadLog {
        private int[] positions = new int[1 << 16];
        private int size;

        void add(int position) {
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
            }
            positions[size++] = position;
        }

        void clear() {
            size = 0;
        }

        int[] contents() {
            return Arrays.copyOf(positions, size);
        }
    }
}
