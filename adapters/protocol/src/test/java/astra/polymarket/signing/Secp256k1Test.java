package astra.polymarket.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Sign;

/** The fast signer gives web3j's bytes and its signatures recover to the key's address. */
class Secp256k1Test {
    private static final BigInteger N = Sign.CURVE_PARAMS.getN();

    @Test
    void randomKeysAndDigests_fastSignatureEqualsWeb3jSignMessage() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            PrivateKey key = randomKey(random);
            byte[] digest = new byte[32];
            random.nextBytes(digest);

            EcdsaSignature fast = Secp256k1.sign(digest, key);
            Sign.SignatureData web3j = Sign.signMessage(digest, key.keyPair(), false);

            byte[] expected = new byte[65];
            System.arraycopy(web3j.getR(), 0, expected, 0, 32);
            System.arraycopy(web3j.getS(), 0, expected, 32, 32);
            expected[64] = web3j.getV()[0];
            assertThat(fast.bytes()).as("key #%d", i).isEqualTo(expected);
        }
    }

    @Test
    void signature_recoversToTheSigningKeysAddress() {
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            PrivateKey key = randomKey(random);
            byte[] digest = new byte[32];
            random.nextBytes(digest);

            assertThat(Secp256k1.recoverSigner(digest, Secp256k1.sign(digest, key)))
                    .isEqualTo(key.address());
        }
    }

    @Test
    void signatureOverAnotherDigest_recoversToSomeoneElse() {
        PrivateKey key = randomKey(new Random(3));
        byte[] digest = new byte[32];
        EcdsaSignature signature = Secp256k1.sign(digest, key);
        digest[0] = 1;

        assertThat(Secp256k1.recoverSigner(digest, signature)).isNotEqualTo(key.address());
    }

    @Test
    void highS_isRejectedAsMalleable() {
        PrivateKey key = randomKey(new Random(5));
        byte[] digest = new byte[32];
        EcdsaSignature low = Secp256k1.sign(digest, key);
        // (r, n − s, v flipped) verifies in plain ecrecover but exchange contracts refuse it.
        EcdsaSignature high = new EcdsaSignature(low.r(), N.subtract(low.s()), 55 - low.v());

        assertThatThrownBy(() -> Secp256k1.recoverSigner(digest, high))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("high s");
    }

    @Test
    void signatureOfWrongLength_isRejectedWithItsLength() {
        assertThatThrownBy(() -> EcdsaSignature.parse("0x" + "ab".repeat(64)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("signature must be 65 bytes of hex, got 64");
    }

    @Test
    void vWrittenAsZeroOrOne_isReadAs27Or28() {
        String zero = "0x" + "11".repeat(32) + "22".repeat(32) + "00";
        assertThat(EcdsaSignature.parse(zero).v()).isEqualTo(27);
    }

    @Test
    void digestOfWrongLength_isRejected() {
        PrivateKey key = randomKey(new Random(9));
        assertThatThrownBy(() -> Secp256k1.sign(new byte[31], key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a digest is 32 bytes");
    }

    static PrivateKey randomKey(Random random) {
        BigInteger d;
        do {
            d = new BigInteger(256, random);
        } while (d.signum() == 0 || d.compareTo(N) >= 0);
        return PrivateKey.fromHex(String.format("%064x", d));
    }
}
