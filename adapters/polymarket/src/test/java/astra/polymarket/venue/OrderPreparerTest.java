package astra.polymarket.venue;

import static astra.polymarket.venue.VenueTestMarkets.DEV_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.OrderIntent;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.polymarket.signing.ExchangeContracts;
import astra.polymarket.signing.ExchangeDomain;
import astra.polymarket.signing.ExchangeVersion;
import astra.polymarket.signing.OrderSide;
import astra.polymarket.signing.OrderSigner;
import astra.polymarket.signing.OrderV2;
import astra.polymarket.signing.SignatureType;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OrderPreparerTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00.123Z");
    private final OrderPreparer preparer = new OrderPreparer(VenueTestMarkets.connection(),
            Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(42));

    @Test
    void buyTenAtFortyFive_signsExactAmountsTimestampAndTheSignerAsMaker() {
        SignedIntent p = preparer.prepare(VenueTestMarkets.buy(VenueTestMarkets.PLAIN, "0.45", 10));

        OrderV2 o = p.signedOrder().order();
        // BUY: takerAmount = 10 shares = 10_000_000; makerAmount = 10 × 0.45 = 4.5 pUSD = 4_500_000.
        assertThat(o.takerAmount()).isEqualTo(10_000_000L);
        assertThat(o.makerAmount()).isEqualTo(4_500_000L);
        assertThat(o.side()).isEqualTo(OrderSide.BUY);
        assertThat(o.tokenId()).isEqualTo(new BigInteger("11"));
        assertThat(o.maker()).isEqualTo(DEV_KEY.address());
        assertThat(o.signer()).isEqualTo(DEV_KEY.address());
        assertThat(o.signatureType()).isEqualTo(SignatureType.EOA);
        assertThat(o.timestampMs()).isEqualTo(NOW.toEpochMilli());
        assertThat(o.expiration()).isZero();
        assertThat(o.salt()).isBetween(0L, (1L << 53) - 1);
        assertThat(p.request().postOnly()).isTrue();
        assertThat(p.request().owner()).isEqualTo("api-key-1");
    }

    @Test
    void venueId_isTheEip712HashUnderTheMarketsDomain() {
        SignedIntent p = preparer.prepare(VenueTestMarkets.buy(VenueTestMarkets.PLAIN, "0.45", 10));

        ExchangeDomain plain = ExchangeContracts.domainFor(ExchangeVersion.V2, false, 137);
        assertThat(p.venueId().value()).isEqualTo(p.signedOrder().order().hash(plain).value());
        assertThat(OrderSigner.verifyEoa(p.signedOrder(), plain)).isTrue();
    }

    @Test
    void negRiskMarket_isSignedForTheNegRiskExchange_notThePlainOne() {
        SignedIntent p = preparer.prepare(VenueTestMarkets.buy(VenueTestMarkets.NEG_RISK, "0.30", 5));

        assertThat(preparer.domainOf(VenueTestMarkets.NEG_RISK).verifyingContract())
                .isEqualTo(ExchangeContracts.NEG_RISK_EXCHANGE_V2);
        assertThat(OrderSigner.verifyEoa(p.signedOrder(), ExchangeContracts.domainFor(ExchangeVersion.V2, true, 137)))
                .isTrue();
        assertThat(OrderSigner.verifyEoa(p.signedOrder(), ExchangeContracts.domainFor(ExchangeVersion.V2, false, 137)))
                .isFalse();
    }

    @Test
    void newerProtocolMarket_isSignedUnderDomainThreeForExchangeV3() {
        SignedIntent p = preparer.prepare(VenueTestMarkets.buy(VenueTestMarkets.NEWER, "0.30", 5));

        ExchangeDomain v3 = ExchangeContracts.domainFor(ExchangeVersion.V3, false, 137);
        assertThat(v3.version()).isEqualTo("3");
        assertThat(OrderSigner.verifyEoa(p.signedOrder(), v3)).isTrue();
    }

    @Test
    void gtdSell_carriesItsExpirationAndSellAmounts() {
        var m = VenueTestMarkets.PLAIN;
        OrderIntent sell = new OrderIntent(new ClientOrderId("s1"), m.conditionId(), m.noToken(), Side.SELL,
                Price.parse("0.62"), Shares.parse("7.5"), m.tickSize(), OrderType.GTD, true,
                Optional.of(Instant.parse("2026-06-01T13:00:00Z")), "test");

        OrderV2 o = preparer.prepare(sell).signedOrder().order();

        // SELL: makerAmount = 7.5 shares = 7_500_000; takerAmount = 7.5 × 0.62 = 4.65 pUSD = 4_650_000.
        assertThat(o.makerAmount()).isEqualTo(7_500_000L);
        assertThat(o.takerAmount()).isEqualTo(4_650_000L);
        assertThat(o.tokenId()).isEqualTo(new BigInteger("12"));
        assertThat(o.expiration()).isEqualTo(Instant.parse("2026-06-01T13:00:00Z").getEpochSecond());
    }

    @Test
    void twoPreparationsOfOneIntent_haveDifferentSaltsAndHashes() {
        OrderIntent intent = VenueTestMarkets.buy(VenueTestMarkets.PLAIN, "0.45", 10);

        assertThat(preparer.prepare(intent).venueId()).isNotEqualTo(preparer.prepare(intent).venueId());
    }

    @Test
    void unknownMarketOrForeignToken_isRefusedWithTheMarketNamed() {
        var m = VenueTestMarkets.PLAIN;
        OrderIntent unknown = new OrderIntent(new ClientOrderId("u"), new ConditionId("0x99"), m.yesToken(), Side.BUY,
                Price.parse("0.5"), Shares.whole(5), m.tickSize(), OrderType.GTC, false, Optional.empty(), "t");
        assertThatThrownBy(() -> preparer.prepare(unknown))
                .isInstanceOf(UnknownMarketException.class).hasMessageContaining("0x99");

        OrderIntent foreign = new OrderIntent(new ClientOrderId("f"), m.conditionId(), VenueTestMarkets.NEG_RISK.yesToken(),
                Side.BUY, Price.parse("0.5"), Shares.whole(5), m.tickSize(), OrderType.GTC, false, Optional.empty(), "t");
        assertThatThrownBy(() -> preparer.prepare(foreign))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an outcome of market 0x01");
    }
}
