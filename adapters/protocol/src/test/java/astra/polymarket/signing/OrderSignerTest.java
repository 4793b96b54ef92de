package astra.polymarket.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class OrderSignerTest {
    private static final PrivateKey KEY = PrivateKey.fromHex(
            "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");
    private static final ExchangeDomain V2 =
            ExchangeContracts.domainFor(ExchangeVersion.V2, false, ExchangeContracts.POLYGON);
    private static final ExchangeDomain NEG_RISK_V2 =
            ExchangeContracts.domainFor(ExchangeVersion.V2, true, ExchangeContracts.POLYGON);

    private static OrderV2 order(Address signer, SignatureType type) {
        return new OrderV2(12345, signer, signer, new BigInteger("987654321"), 5_000_000,
                10_000_000, OrderSide.BUY, type, 1_780_000_000_000L, Bytes32.ZERO, Bytes32.ZERO, 0);
    }

    @Test
    void eoaOrder_signedHere_verifiesAgainstItsDomain() {
        SignedOrder signed = new OrderSigner(KEY, V2).sign(order(KEY.address(), SignatureType.EOA));

        assertThat(OrderSigner.verifyEoa(signed, V2)).isTrue();
    }

    @Test
    void orderSignedForThePlainExchange_doesNotVerifyOnTheNegRiskExchange() {
        SignedOrder signed = new OrderSigner(KEY, V2).sign(order(KEY.address(), SignatureType.EOA));

        assertThat(OrderSigner.verifyEoa(signed, NEG_RISK_V2)).isFalse();
    }

    @Test
    void sameOrder_onTwoExchanges_hasTwoIds() {
        OrderV2 order = order(KEY.address(), SignatureType.EOA);

        assertThat(order.hash(V2)).isNotEqualTo(order.hash(NEG_RISK_V2));
    }

    @Test
    void eoaOrderNamingAnotherSigner_isRefusedBeforeSigning() {
        Address other = Address.of("0x1111111111111111111111111111111111111111");

        assertThatThrownBy(() -> new OrderSigner(KEY, V2).sign(order(other, SignatureType.EOA)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not the signing key's address");
    }

    @Test
    void tamperedAmount_failsVerification() {
        SignedOrder signed = new OrderSigner(KEY, V2).sign(order(KEY.address(), SignatureType.EOA));
        OrderV2 o = signed.order();
        OrderV2 tampered = new OrderV2(o.salt(), o.maker(), o.signer(), o.tokenId(),
                o.makerAmount() + 1, o.takerAmount(), o.side(), o.signatureType(),
                o.timestampMs(), o.metadata(), o.builder(), o.expiration());

        SignedOrder forged = new SignedOrder(tampered, signed.signature(), tampered.hash(V2));

        assertThat(OrderSigner.verifyEoa(forged, V2)).isFalse();
    }

    @Test
    void expiration_isNotSigned() {
        OrderV2 o = order(KEY.address(), SignatureType.EOA);
        OrderV2 gtd = new OrderV2(o.salt(), o.maker(), o.signer(), o.tokenId(), o.makerAmount(),
                o.takerAmount(), o.side(), o.signatureType(), o.timestampMs(), o.metadata(),
                o.builder(), 1_780_000_120L);

        assertThat(gtd.hash(V2)).isEqualTo(o.hash(V2));
    }

    @Test
    void orderWithoutMaker_isRejectedNamingTheField() {
        assertThatThrownBy(() -> new OrderV2(1, null, KEY.address(), BigInteger.ONE, 1, 1,
                OrderSide.BUY, SignatureType.EOA, 1, Bytes32.ZERO, Bytes32.ZERO, 0))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("maker is missing");
    }

    @Test
    void zeroMakerAmount_isRejected() {
        assertThatThrownBy(() -> new OrderV2(1, KEY.address(), KEY.address(), BigInteger.ONE, 0,
                1, OrderSide.BUY, SignatureType.EOA, 1, Bytes32.ZERO, Bytes32.ZERO, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("makerAmount must be positive: 0");
    }

    @Test
    void tokenIdAbove2To256_isRejected() {
        BigInteger tooBig = BigInteger.ONE.shiftLeft(256);
        assertThatThrownBy(() -> new OrderV2(1, KEY.address(), KEY.address(), tooBig, 1, 1,
                OrderSide.BUY, SignatureType.EOA, 1, Bytes32.ZERO, Bytes32.ZERO, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("tokenId is not a uint256");
    }

    @Test
    void malformedAddress_isRejected() {
        assertThatThrownBy(() -> Address.of("0x1234"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("address must be 20 bytes of hex, got 2");
    }
}
