package astra.polymarket.signing;

import java.nio.charset.StandardCharsets;
import org.web3j.crypto.Hash;

/** The EIP-712 pieces shared by orders, the deposit-wallet wrapper and the L1 auth message. */
public final class Eip712 {
    static final String DOMAIN_WITH_CONTRACT =
            "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)";
    static final String DOMAIN_WITHOUT_CONTRACT =
            "EIP712Domain(string name,string version,uint256 chainId)";

    private static final byte[] DOMAIN_WITH_CONTRACT_HASH = keccak(DOMAIN_WITH_CONTRACT);
    private static final byte[] DOMAIN_WITHOUT_CONTRACT_HASH = keccak(DOMAIN_WITHOUT_CONTRACT);

    private Eip712() {}

    /** keccak256 of a UTF-8 string: a type hash, or the hash of a {@code string} member. */
    public static byte[] keccak(String text) {
        return Hash.sha3(text.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] domainSeparator(
            String name, String version, long chainId, Address verifyingContract) {
        return new StructEncoder(5)
                .word(DOMAIN_WITH_CONTRACT_HASH)
                .word(keccak(name))
                .word(keccak(version))
                .uint(chainId, "chainId")
                .address(verifyingContract)
                .keccak();
    }

    public static byte[] domainSeparator(String name, String version, long chainId) {
        return new StructEncoder(4)
                .word(DOMAIN_WITHOUT_CONTRACT_HASH)
                .word(keccak(name))
                .word(keccak(version))
                .uint(chainId, "chainId")
                .keccak();
    }

    /** The digest that is signed: {@code keccak256(0x19 0x01 ‖ domainSeparator ‖ structHash)}. */
    public static byte[] digest(byte[] domainSeparator, byte[] structHash) {
        byte[] message = new byte[66];
        message[0] = 0x19;
        message[1] = 0x01;
        System.arraycopy(domainSeparator, 0, message, 2, 32);
        System.arraycopy(structHash, 0, message, 34, 32);
        return Hash.sha3(message);
    }
}
