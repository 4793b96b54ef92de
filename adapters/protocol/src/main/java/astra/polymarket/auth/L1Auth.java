package astra.polymarket.auth;

import astra.polymarket.signing.Address;
import astra.polymarket.signing.Eip712;
import astra.polymarket.signing.PrivateKey;
import astra.polymarket.signing.Secp256k1;
import astra.polymarket.signing.StructEncoder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * L1 authentication: the wallet key signs the EIP-712 {@code ClobAuth} message under the domain
 * {name "ClobAuthDomain", version "1", chainId} (no verifying contract). Used to create or derive
 * API credentials.
 */
public final class L1Auth {
    public static final String DOMAIN_NAME = "ClobAuthDomain";
    public static final String DOMAIN_VERSION = "1";
    public static final String MESSAGE = "This message attests that I control the given wallet";
    public static final String TYPE =
            "ClobAuth(address address,string timestamp,uint256 nonce,string message)";

    private static final byte[] TYPE_HASH = Eip712.keccak(TYPE);
    private static final byte[] MESSAGE_HASH = Eip712.keccak(MESSAGE);

    private final PrivateKey key;
    private final long chainId;

    public L1Auth(PrivateKey key, long chainId) {
        this.key = Objects.requireNonNull(key, "key is missing");
        this.chainId = chainId;
    }

    /** The digest signed for {@code timestamp} (unix seconds, as text) and {@code nonce}. */
    public byte[] digest(String timestamp, long nonce) {
        return digest(key.address(), chainId, timestamp, nonce);
    }

    /** The ClobAuth digest an {@code address} signs; what a venue recomputes to check L1 headers. */
    public static byte[] digest(Address address, long chainId, String timestamp, long nonce) {
        Objects.requireNonNull(address, "address is missing");
        Objects.requireNonNull(timestamp, "timestamp is missing");
        byte[] structHash = new StructEncoder(5)
                .word(TYPE_HASH)
                .address(address)
                .word(Eip712.keccak(timestamp))
                .uint(nonce, "nonce")
                .word(MESSAGE_HASH)
                .keccak();
        return Eip712.digest(Eip712.domainSeparator(DOMAIN_NAME, DOMAIN_VERSION, chainId), structHash);
    }

    /** Whether {@code signature} is {@code address}'s ClobAuth signature; false for malformed input. */
    public static boolean verify(Address address, long chainId, String timestamp, long nonce, String signature) {
        try {
            return Secp256k1.recoverSigner(digest(address, chainId, timestamp, nonce), signature).equals(address);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public String signature(String timestamp, long nonce) {
        return Secp256k1.sign(digest(timestamp, nonce), key).hex();
    }

    /** POLY_ADDRESS, POLY_SIGNATURE, POLY_TIMESTAMP, POLY_NONCE. */
    public AuthHeaders headers(long timestampSeconds, long nonce) {
        String timestamp = Long.toString(timestampSeconds);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(AuthHeaders.ADDRESS, key.address().checksummed());
        headers.put(AuthHeaders.SIGNATURE, signature(timestamp, nonce));
        headers.put(AuthHeaders.TIMESTAMP, timestamp);
        headers.put(AuthHeaders.NONCE, Long.toString(nonce));
        return new AuthHeaders(headers);
    }
}
