package astra.polymarket.signing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The POLY_1271 signature of a deposit wallet: an ERC-7739 "TypedDataSign" wrapper, which binds
 * the order to both the exchange's domain and the wallet's own domain so that one owner key
 * cannot replay a signature across the wallets it controls.
 *
 * <p>The owner key signs {@code keccak256(0x1901 ‖ exchangeDomainSeparator ‖
 * hashStruct(TypedDataSign{contents: orderStructHash, name: "DepositWallet", version: "1",
 * chainId, verifyingContract: wallet, salt: 0}))}; the wallet receives
 * {@code signature(65) ‖ exchangeDomainSeparator(32) ‖ orderStructHash(32) ‖ orderTypeString ‖
 * uint16(length of orderTypeString)} and rebuilds the same digest on chain.
 */
public final class DepositWalletSignature {
    static final String WALLET_NAME = "DepositWallet";
    static final String WALLET_VERSION = "1";

    private static final String TYPED_DATA_SIGN_TYPE = "TypedDataSign(Order contents,string name,"
            + "string version,uint256 chainId,address verifyingContract,bytes32 salt)"
            + OrderV2.TYPE;
    private static final byte[] TYPED_DATA_SIGN_TYPE_HASH = Eip712.keccak(TYPED_DATA_SIGN_TYPE);
    private static final byte[] WALLET_NAME_HASH = Eip712.keccak(WALLET_NAME);
    private static final byte[] WALLET_VERSION_HASH = Eip712.keccak(WALLET_VERSION);
    private static final byte[] CONTENTS_TYPE = OrderV2.TYPE.getBytes(StandardCharsets.UTF_8);

    private DepositWalletSignature() {}

    /**
     * Wraps an owner's signature of {@code orderStructHash} for the deposit wallet {@code wallet}
     * (the order's signer and maker).
     */
    public static String sign(
            ExchangeDomain exchange, byte[] orderStructHash, Address wallet, PrivateKey owner) {
        byte[] appSeparator = exchange.separator();
        byte[] digest = Eip712.digest(appSeparator,
                typedDataSignHash(orderStructHash, exchange.chainId(), wallet));
        EcdsaSignature inner = Secp256k1.sign(digest, owner);

        ByteArrayOutputStream out = new ByteArrayOutputStream(
                65 + 32 + 32 + CONTENTS_TYPE.length + 2);
        out.writeBytes(inner.bytes());
        out.writeBytes(appSeparator);
        out.writeBytes(orderStructHash);
        out.writeBytes(CONTENTS_TYPE);
        out.write(CONTENTS_TYPE.length >>> 8);
        out.write(CONTENTS_TYPE.length & 0xff);
        return Hex.of(out.toByteArray());
    }

    /**
     * The owner key inside a wrapped signature of the order {@code orderStructHash} for the
     * deposit wallet {@code wallet}: the address the wallet contract would compare with its owner.
     *
     * @throws IllegalArgumentException when the wrapper is malformed, or names another exchange
     *     domain, another order or another type string than the ones given (the usual cause: the
     *     order was signed for another exchange, chain or protocol version)
     */
    public static Address recoverOwner(
            ExchangeDomain exchange, byte[] orderStructHash, Address wallet, String signatureHex) {
        byte[] wrapped = Hex.parse(signatureHex, "signature");
        int expectedLength = 65 + 32 + 32 + CONTENTS_TYPE.length + 2;
        if (wrapped.length != expectedLength) {
            throw new IllegalArgumentException("a wrapped POLY_1271 signature is " + expectedLength
                    + " bytes, got " + wrapped.length);
        }
        byte[] appSeparator = exchange.separator();
        if (!Arrays.equals(wrapped, 65, 97, appSeparator, 0, 32)) {
            throw new IllegalArgumentException("the wrapped signature was made for another exchange"
                    + " domain than " + exchange);
        }
        if (!Arrays.equals(wrapped, 97, 129, orderStructHash, 0, 32)) {
            throw new IllegalArgumentException("the wrapped signature was made for another order"
                    + " (its struct hash is " + Hex.of(Arrays.copyOfRange(wrapped, 97, 129)) + ")");
        }
        int typeEnd = 129 + CONTENTS_TYPE.length;
        int declaredTypeLength = (wrapped[typeEnd] & 0xff) << 8 | (wrapped[typeEnd + 1] & 0xff);
        if (!Arrays.equals(wrapped, 129, typeEnd, CONTENTS_TYPE, 0, CONTENTS_TYPE.length)
                || declaredTypeLength != CONTENTS_TYPE.length) {
            throw new IllegalArgumentException("the wrapped signature names another order type");
        }
        byte[] digest = Eip712.digest(appSeparator,
                typedDataSignHash(orderStructHash, exchange.chainId(), wallet));
        return Secp256k1.recoverSigner(digest, EcdsaSignature.fromBytes(Arrays.copyOf(wrapped, 65)));
    }

    static byte[] typedDataSignHash(byte[] contentsHash, long chainId, Address wallet) {
        return new StructEncoder(7)
                .word(TYPED_DATA_SIGN_TYPE_HASH)
                .word(contentsHash)
                .word(WALLET_NAME_HASH)
                .word(WALLET_VERSION_HASH)
                .uint(chainId, "chainId")
                .address(wallet)
                .word(Bytes32.ZERO.bytes())
                .keccak();
    }
}
