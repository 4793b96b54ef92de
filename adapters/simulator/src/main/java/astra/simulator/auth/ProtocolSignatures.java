package astra.simulator.auth;

import astra.polymarket.auth.L1Auth;
import astra.polymarket.signing.Address;
import astra.polymarket.signing.Bytes32;
import astra.polymarket.signing.DepositWalletSignature;
import astra.polymarket.signing.ExchangeDomain;
import astra.polymarket.signing.OrderSide;
import astra.polymarket.signing.OrderV2;
import astra.polymarket.signing.Secp256k1;
import astra.polymarket.signing.SignatureType;
import java.math.BigInteger;

/**
 * The venue's signature checks with real cryptography from the shared protocol module: an order's
 * EIP-712 signature under its market's exchange domain, and the ClobAuth signature of L1 headers.
 *
 * <p>EOA-family signatures (types 0–2) must recover to the order's {@code signer}. A deposit-wallet
 * (POLY_1271) signature must be a well-formed ERC-7739 wrapper bound to this exchange domain and
 * this order; the simulator has no chain, so it does not ask the wallet contract whether the
 * recovered owner is its owner (the real venue does).
 */
public final class ProtocolSignatures implements OrderSignatureVerifier, L1SignatureCheck {
    private final long chainId;

    public ProtocolSignatures(long chainId) {
        this.chainId = chainId;
    }

    @Override
    public OrderCheck check(SignedOrderFields o, SigningDomain domain) {
        if (o.hasV1Fields()) {
            return OrderCheck.versionMismatch();
        }
        try {
            OrderV2 order = toOrder(o);
            ExchangeDomain exchange = ExchangeDomain.exchange(domain.version(), chainId,
                    Address.of(domain.verifyingContract()));
            byte[] structHash = order.structHash();
            SignatureType type = order.signatureType();
            if (type == SignatureType.POLY_1271) {
                DepositWalletSignature.recoverOwner(exchange, structHash, order.signer(), o.signature());
            } else if (!Secp256k1.recoverSigner(exchange.digest(structHash), o.signature()).equals(order.signer())) {
                return OrderCheck.invalid();
            }
            return OrderCheck.valid(order.hash(exchange).value());
        } catch (IllegalArgumentException e) {
            return OrderCheck.invalid();
        }
    }

    @Override
    public boolean valid(String address, String timestamp, long nonce, String signature) {
        try {
            return L1Auth.verify(Address.of(address), chainId, timestamp, nonce, signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static OrderV2 toOrder(SignedOrderFields o) {
        return new OrderV2(Long.parseLong(o.salt()), Address.of(o.maker()), Address.of(o.signer()),
                new BigInteger(o.tokenId()), Long.parseLong(o.makerAmount()), Long.parseLong(o.takerAmount()),
                side(o.side()), SignatureType.fromCode(o.signatureType()), Long.parseLong(o.timestamp()),
                Bytes32.of(o.metadata()), Bytes32.of(o.builder()),
                o.expiration() == null || o.expiration().isEmpty() ? 0 : Long.parseLong(o.expiration()));
    }

    private static OrderSide side(String text) {
        return switch (text) {
            case "BUY", "0" -> OrderSide.BUY;
            case "SELL", "1" -> OrderSide.SELL;
            default -> throw new IllegalArgumentException("unknown side " + text);
        };
    }
}
