package astra.polymarket.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Random;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Sign;

/** Our RFC 6979 nonces are BouncyCastle's (so web3j's), call after call, on the JDK's HMAC. */
class Rfc6979NoncesTest {
    private static final BigInteger N = Sign.CURVE_PARAMS.getN();

    @Test
    void randomKeysAndDigests_giveBouncyCastlesNonceSequence() {
        Random random = new Random(6979);
        Rfc6979Nonces ours = new Rfc6979Nonces(N);
        for (int i = 0; i < 300; i++) {
            BigInteger d = new BigInteger(256, random).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE);
            byte[] digest = new byte[32];
            random.nextBytes(digest);
            assertSameSequence(ours, N, d, digest, 3, "case " + i);
        }
    }

    /** bits2octets reduces a digest of n or more by n once (a 256-bit n leaves it below n). */
    @Test
    void digestsFromTheOrderUp_areReducedAsBouncyCastleReducesThem() {
        Rfc6979Nonces ours = new Rfc6979Nonces(N);
        BigInteger d = new BigInteger("1f2e3d4c5b6a79880123456789abcdef0fedcba98765432100112233445566", 16);
        BigInteger top = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
        for (BigInteger h : new BigInteger[] {BigInteger.ZERO, N.subtract(BigInteger.ONE), N, N.add(BigInteger.ONE), top}) {
            assertSameSequence(ours, N, d, bytes32(h), 2, "digest " + h.toString(16));
        }
    }

    /** The smallest and largest keys. */
    @Test
    void keysOneAndNMinusOne_giveBouncyCastlesNonces() {
        Rfc6979Nonces ours = new Rfc6979Nonces(N);
        byte[] digest = new byte[32];
        digest[31] = 9;
        assertSameSequence(ours, N, BigInteger.ONE, digest, 2, "d = 1");
        assertSameSequence(ours, N, N.subtract(BigInteger.ONE), digest, 2, "d = n - 1");
    }

    /**
     * The retry path (a candidate of n or more), which secp256k1's n makes a 2^-128 event: with the
     * order 2^255 + 1 about half the candidates are rejected, so 100 nonces take about 100 retries
     * (none at all has probability about 2^-100).
     */
    @Test
    void candidatesAtOrAboveTheOrder_areRetriedAsBouncyCastleRetries() {
        BigInteger order = BigInteger.ONE.shiftLeft(255).add(BigInteger.ONE);
        Rfc6979Nonces ours = new Rfc6979Nonces(order);
        Random random = new Random(2);
        for (int i = 0; i < 20; i++) {
            byte[] digest = new byte[32];
            random.nextBytes(digest);
            assertSameSequence(ours, order, BigInteger.valueOf(1000 + i), digest, 5, "case " + i);
        }
    }

    /** RFC 6979 appendix A.2.5 (P-256, SHA-256, message "sample"): the published k. */
    @Test
    void rfc6979P256SampleVector_givesThePublishedNonce() throws Exception {
        BigInteger q = new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);
        BigInteger x = new BigInteger("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721", 16);
        byte[] h = MessageDigest.getInstance("SHA-256").digest("sample".getBytes(StandardCharsets.US_ASCII));
        Rfc6979Nonces ours = new Rfc6979Nonces(q);
        ours.init(x, h);
        assertThat(ours.next().toString(16).toUpperCase())
                .isEqualTo("A6E3C57DD01ABE90086538398355DD4C3B17AA873382B0F24D6129493D8AAD60");
    }

    @Test
    void orderNotOf256Bits_keyOutOfRangeAndShortDigest_areRefused() {
        assertThatThrownBy(() -> new Rfc6979Nonces(BigInteger.ONE.shiftLeft(255).subtract(BigInteger.ONE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("255 bits");
        Rfc6979Nonces ours = new Rfc6979Nonces(N);
        assertThatThrownBy(() -> ours.init(BigInteger.ZERO, new byte[32]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("private key");
        assertThatThrownBy(() -> ours.init(N, new byte[32]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("private key");
        assertThatThrownBy(() -> ours.init(BigInteger.TEN, new byte[31]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("31");
    }

    private static void assertSameSequence(Rfc6979Nonces ours, BigInteger order, BigInteger d, byte[] digest,
            int count, String what) {
        HMacDSAKCalculator reference = new HMacDSAKCalculator(new SHA256Digest());
        reference.init(order, d, digest);
        ours.init(d, digest);
        for (int j = 0; j < count; j++) {
            assertThat(ours.next()).as("%s, nonce %d", what, j).isEqualTo(reference.nextK());
        }
    }

    private static byte[] bytes32(BigInteger value) {
        byte[] out = new byte[32];
        byte[] raw = value.toByteArray();
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, out, 32 - length, length);
        return out;
    }
}
