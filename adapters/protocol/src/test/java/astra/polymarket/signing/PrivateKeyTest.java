package astra.polymarket.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrivateKeyTest {
    private static final String KEY_HEX =
            "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

    @Test
    void toString_printsStarsAndNeverTheKey() {
        PrivateKey key = PrivateKey.fromHex(KEY_HEX);

        assertThat(key.toString()).isEqualTo("***");
        assertThat(String.valueOf(key)).doesNotContain("59c6995e");
    }

    @Test
    void keyWithoutPrefix_givesTheSameAddress() {
        assertThat(PrivateKey.fromHex(KEY_HEX.substring(2)).address())
                .isEqualTo(PrivateKey.fromHex(KEY_HEX).address());
    }

    @Test
    void nonHexKey_isRejectedWithoutEchoingTheInput() {
        String bad = "0x" + "zz" + KEY_HEX.substring(4);

        assertThatThrownBy(() -> PrivateKey.fromHex(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("private key is not valid hex")
                .hasNoCause();
    }

    @Test
    void shortKey_isRejectedWithItsLengthOnly() {
        assertThatThrownBy(() -> PrivateKey.fromHex(KEY_HEX.substring(0, 65)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("private key has an odd number of hex digits");
        assertThatThrownBy(() -> PrivateKey.fromHex(KEY_HEX.substring(0, 62)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("private key must be 32 bytes of hex, got 30");
    }

    @Test
    void zeroKey_isOutsideTheCurveRange() {
        assertThatThrownBy(() -> PrivateKey.fromHex("0x" + "00".repeat(32)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("private key is outside the secp256k1 range");
    }

    @Test
    void missingKey_saysItIsMissing() {
        assertThatThrownBy(() -> PrivateKey.fromHex(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("private key is missing");
    }
}
