package astra.polymarket.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.polymarket.signing.Address;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class AbiTest {

    @Test
    void selectors_areTheFirstFourBytesOfTheSignaturesKeccak() {
        // The ERC-20 / ERC-1155 selectors every block explorer lists.
        assertThat(Abi.selector("balanceOf(address)")).isEqualTo("0x70a08231");
        assertThat(Abi.selector("allowance(address,address)")).isEqualTo("0xdd62ed3e");
        assertThat(Abi.selector("isApprovedForAll(address,address)")).isEqualTo("0xe985e9c5");
    }

    @Test
    void addressArguments_areLeftPaddedTo32Bytes() {
        Address owner = Address.of("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        Address spender = Address.of("0xe2222d279d744050d28e00520010520000310F59");

        String data = Abi.call("allowance(address,address)", owner, spender);

        assertThat(data).isEqualTo("0xdd62ed3e"
                + "000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266"
                + "000000000000000000000000e2222d279d744050d28e00520010520000310f59");
    }

    @Test
    void answerWords_readAsUnsigned_andAnEmptyAnswerSaysNoContract() {
        assertThat(Abi.uint("0x" + "0".repeat(63) + "1", "x")).isEqualTo(BigInteger.ONE);
        assertThat(Abi.uint("0x" + "f".repeat(64), "x")).isEqualTo(BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE));
        assertThatThrownBy(() -> Abi.uint("0x", "pUSD balanceOf"))
                .isInstanceOf(RpcException.class).hasMessageContaining("is there a contract");
    }
}
