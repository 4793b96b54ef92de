package astra.polymarket.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.ProtocolVersion;
import astra.domain.Side;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class DepositWalletSignatureTest {
    private static final PrivateKey OWNER = PrivateKey.fromHex(
            "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");
    private static final Address WALLET = Address.of("0x1111111111111111111111111111111111111111");
    private static final ExchangeDomain V2 =
            ExchangeContracts.domainFor(ProtocolVersion.V2, false, ExchangeContracts.POLYGON);
    private static final ExchangeDomain NEG_RISK_V2 =
            ExchangeContracts.domainFor(ProtocolVersion.V2, true, ExchangeContracts.POLYGON);

    private static OrderV2 walletOrder(long makerAmount) {
        return new OrderV2(7, WALLET, WALLET, new BigInteger("987654321"), makerAmount, 10_000_000,
                Side.BUY, SignatureType.POLY_1271, 1_780_000_000_000L, Bytes32.ZERO, Bytes32.ZERO, 0);
    }

    @Test
    void wrappedSignature_recoversTheOwnerKeyNotTheWallet() {
        OrderV2 order = walletOrder(5_000_000);
        String wrapped = new OrderSigner(OWNER, V2).sign(order).signature();

        Address owner = DepositWalletSignature.recoverOwner(V2, order.structHash(), WALLET, wrapped);

        assertThat(owner).isEqualTo(OWNER.address()).isNotEqualTo(WALLET);
    }

    @Test
    void wrappedSignatureForThePlainExchange_isRefusedUnderNegRisk() {
        OrderV2 order = walletOrder(5_000_000);
        String wrapped = new OrderSigner(OWNER, V2).sign(order).signature();

        assertThatThrownBy(() -> DepositWalletSignature.recoverOwner(
                        NEG_RISK_V2, order.structHash(), WALLET, wrapped))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("another exchange domain");
    }

    @Test
    void wrappedSignatureOfAnotherOrder_isRefused() {
        String wrapped = new OrderSigner(OWNER, V2).sign(walletOrder(5_000_000)).signature();
        OrderV2 other = walletOrder(5_000_001);

        assertThatThrownBy(() -> DepositWalletSignature.recoverOwner(
                        V2, other.structHash(), WALLET, wrapped))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("another order");
    }

    @Test
    void plainEcdsaSignature_isNotAWrapper() {
        OrderV2 order = walletOrder(5_000_000);
        String plain = Secp256k1.sign(order.hash(V2).bytes(), OWNER).hex();

        assertThatThrownBy(() -> DepositWalletSignature.recoverOwner(
                        V2, order.structHash(), WALLET, plain))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 65");
    }
}
