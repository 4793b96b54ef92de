package astra.simulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import astra.polymarket.SigningFixtures;
import astra.polymarket.auth.L1Auth;
import astra.polymarket.signing.Address;
import astra.polymarket.signing.Bytes32;
import astra.polymarket.signing.ExchangeDomain;
import astra.polymarket.signing.OrderSide;
import astra.polymarket.signing.OrderSigner;
import astra.polymarket.signing.OrderV2;
import astra.polymarket.signing.PrivateKey;
import astra.polymarket.signing.SignatureType;
import astra.polymarket.signing.SignedOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ProtocolSignaturesTest {
    private static final PrivateKey KEY = PrivateKey.fromHex(SigningFixtures.signerPrivateKey());
    private static final SigningDomain CTF = SigningDomain.forMarket(false, false);
    private static final SigningDomain NEG_RISK = SigningDomain.forMarket(true, false);
    private final ProtocolSignatures venue = new ProtocolSignatures(137);

    private static SignedOrder signed(SigningDomain domain) {
        OrderV2 order = new OrderV2(42, KEY.address(), KEY.address(), new BigInteger("1234"), 5_000_000, 10_000_000,
                OrderSide.BUY, SignatureType.EOA, 1_767_225_600_000L, Bytes32.ZERO, Bytes32.ZERO, 0);
        return new OrderSigner(KEY, ExchangeDomain.exchange(domain.version(), 137,
                Address.of(domain.verifyingContract()))).sign(order);
    }

    private static SignedOrderFields fields(SignedOrder s, String makerAmount) {
        OrderV2 o = s.order();
        return new SignedOrderFields(Long.toString(o.salt()), o.maker().value(), o.signer().value(),
                o.tokenId().toString(), makerAmount, Long.toString(o.takerAmount()), o.side().name(),
                o.signatureType().code(), Long.toString(o.timestampMs()), o.metadata().value(), o.builder().value(),
                "0", s.signature(), false);
    }

    @Test
    void orderSignedForItsMarketsExchange_isValidAndIdentifiedByItsEip712Hash() {
        SignedOrder s = signed(CTF);
        OrderCheck check = venue.check(fields(s, "5000000"), CTF);
        assertThat(check.verdict()).isEqualTo(OrderCheck.Verdict.VALID);
        assertThat(check.orderHash()).isEqualTo(s.orderId());
    }

    @Test
    void tamperedAmountOrTheWrongExchange_isAnInvalidSignature() {
        SignedOrder s = signed(CTF);
        assertThat(venue.check(fields(s, "5000001"), CTF).verdict()).isEqualTo(OrderCheck.Verdict.INVALID_SIGNATURE);
        assertThat(venue.check(fields(s, "5000000"), NEG_RISK).verdict())
                .isEqualTo(OrderCheck.Verdict.INVALID_SIGNATURE);
    }

    @Test
    void v1ShapedOrder_isAVersionMismatch_andGarbageIsInvalid() {
        SignedOrder s = signed(CTF);
        SignedOrderFields f = fields(s, "5000000");
        SignedOrderFields v1 = new SignedOrderFields(f.salt(), f.maker(), f.signer(), f.tokenId(), f.makerAmount(),
                f.takerAmount(), f.side(), f.signatureType(), f.timestamp(), f.metadata(), f.builder(), "0",
                f.signature(), true);
        assertThat(venue.check(v1, CTF).verdict()).isEqualTo(OrderCheck.Verdict.VERSION_MISMATCH);
        SignedOrderFields garbage = new SignedOrderFields("x", f.maker(), f.signer(), f.tokenId(), f.makerAmount(),
                f.takerAmount(), f.side(), f.signatureType(), f.timestamp(), f.metadata(), f.builder(), "0",
                "0x1234", false);
        assertThat(venue.check(garbage, CTF).verdict()).isEqualTo(OrderCheck.Verdict.INVALID_SIGNATURE);
    }

    @Test
    void clobAuthVector_passesTheL1Check_andAnotherAddressDoesNot() {
        JsonNode v = SigningFixtures.eip712Vector("ClobAuth");
        ProtocolSignatures amoy = new ProtocolSignatures(v.get("chainId").asLong());
        String address = SigningFixtures.signerAddress();
        assertThat(amoy.valid(address, v.get("timestamp").asText(), v.get("nonce").asLong(),
                v.get("signature").asText())).isTrue();
        assertThat(amoy.valid("0x1111111111111111111111111111111111111111", v.get("timestamp").asText(),
                v.get("nonce").asLong(), v.get("signature").asText())).isFalse();
        assertThat(amoy.valid(address, "10000001", v.get("nonce").asLong(), v.get("signature").asText())).isFalse();
        assertThat(L1Auth.verify(Address.of(address), 80002, "10000000", 23, "not hex")).isFalse();
    }
}
