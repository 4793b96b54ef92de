package astra.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.FeeSchedule;
import astra.domain.Liquidity;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.Usd;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FeesTest {

    private static FeeSchedule curve(String rate, int exponent, boolean takerOnly) {
        return new FeeSchedule.Curve(new BigDecimal(rate), exponent, new BigDecimal("0.25"), takerOnly);
    }

    private static Usd takerFee(FeeSchedule schedule, Side side, String price, String shares) {
        Fee fee = Fees.fee(schedule, side, Price.parse(price), Shares.parse(shares), Liquidity.TAKER);
        assertThat(fee.tokens()).as("a V2 fee is paid in pUSD").isEqualTo(Shares.ZERO);
        return fee.collateral();
    }

    // ---- V2 curve ----

    @Test
    void v2_hundredSharesAtHalf_rateThreePercent_exponentOne_paysSeventyFiveCents() {
        // 100 x 0.03 x (0.5 x 0.5)^1 = 100 x 0.03 x 0.25 = 0.75
        assertThat(takerFee(curve("0.03", 1, true), Side.BUY, "0.5", "100")).isEqualTo(Usd.parse("0.75"));
        assertThat(takerFee(curve("0.03", 1, true), Side.SELL, "0.5", "100")).isEqualTo(Usd.parse("0.75"));
    }

    @Test
    void v2_exponentTwo_squaresTheCurve() {
        // 100 x 0.03 x (0.25)^2 = 3 x 0.0625 = 0.1875
        assertThat(takerFee(curve("0.03", 2, true), Side.BUY, "0.5", "100")).isEqualTo(Usd.parse("0.1875"));
        // 100 x 0.07 x (0.2 x 0.8)^2 = 7 x 0.0256 = 0.1792
        assertThat(takerFee(curve("0.07", 2, true), Side.BUY, "0.2", "100")).isEqualTo(Usd.parse("0.1792"));
    }

    @Test
    void v2_feeIsFlooredToFiveDecimals_notRoundedHalfUp() {
        // 1 x 0.03 x (0.01 x 0.99) = 0.03 x 0.0099 = 0.000297 -> floor 0.00029 (half-up: 0.00030)
        assertThat(takerFee(curve("0.03", 1, true), Side.BUY, "0.01", "1")).isEqualTo(Usd.parse("0.00029"));
    }

    @Test
    void v2_nearTheEdges_feeShrinksAndIsSymmetricInPrice() {
        // 10 x 0.07 x (0.999 x 0.001) = 0.7 x 0.000999 = 0.0006993 -> floor 0.00069
        assertThat(takerFee(curve("0.07", 1, true), Side.SELL, "0.999", "10")).isEqualTo(Usd.parse("0.00069"));
        assertThat(takerFee(curve("0.07", 1, true), Side.BUY, "0.001", "10")).isEqualTo(Usd.parse("0.00069"));
        // 100 x 0.03 x (0.01 x 0.99) = 3 x 0.0099 = 0.0297
        assertThat(takerFee(curve("0.03", 1, true), Side.BUY, "0.01", "100")).isEqualTo(Usd.parse("0.0297"));
        assertThat(takerFee(curve("0.03", 1, true), Side.BUY, "0.99", "100")).isEqualTo(Usd.parse("0.0297"));
    }

    @Test
    void v2_makersPayNothingWhenTakerOnly() {
        Fee fee = Fees.fee(curve("0.07", 1, true), Side.BUY, Price.parse("0.5"), Shares.whole(1000), Liquidity.MAKER);
        assertThat(fee.isZero()).isTrue();
    }

    @Test
    void v2_scheduleThatIsNotTakerOnly_chargesMakersTheSameCurve() {
        // 1000 x 0.07 x 0.25 = 17.5
        Fee fee = Fees.fee(curve("0.07", 1, false), Side.BUY, Price.parse("0.5"), Shares.whole(1000), Liquidity.MAKER);
        assertThat(fee).isEqualTo(Fee.inCollateral(Usd.parse("17.5")));
    }

    @Test
    void v2_feesDisabled_chargesNothing() {
        assertThat(Fees.fee(FeeSchedule.none(), Side.BUY, Price.parse("0.5"), Shares.whole(1000), Liquidity.TAKER))
                .isEqualTo(Fee.NONE);
    }

    @Test
    void v2_realSportsMarketSchedule_fromGamma() {
        JsonNode market = SharedFixtures.polymarket("gamma/nt_gamma_market_sports_feeSchedule.json");
        assertThat(market.get("feesEnabled").asBoolean()).isTrue();
        JsonNode s = market.get("feeSchedule");
        FeeSchedule schedule = new FeeSchedule.Curve(s.get("rate").decimalValue(), s.get("exponent").decimalValue().intValueExact(),
                s.get("rebateRate").decimalValue(), s.get("takerOnly").asBoolean());
        // rate 0.03, exponent 1: 100 x 0.03 x 0.25 = 0.75
        assertThat(takerFee(schedule, Side.BUY, "0.5", "100")).isEqualTo(Usd.parse("0.75"));
        // at the fixture's best bid 0.999: 10 x 0.03 x 0.000999 = 0.0002997 -> floor 0.00029
        assertThat(takerFee(schedule, Side.SELL, market.get("bestBid").decimalValue().toPlainString(), "10"))
                .isEqualTo(Usd.parse("0.00029"));
        assertThat(Fees.fee(schedule, Side.BUY, Price.parse("0.5"), Shares.whole(100), Liquidity.MAKER).isZero())
                .isTrue();
    }

    // ---- V1 basis points ----

    @Test
    void v1_buy_paysItsFeeInTokens() {
        FeeSchedule bps100 = new FeeSchedule.BasisPoints(100);
        // 100 x min(0.4, 0.6) x 100 / (0.4 x 10^4) = 4000 / 4000 = 1 token
        assertThat(Fees.fee(bps100, Side.BUY, Price.parse("0.4"), Shares.whole(100), Liquidity.TAKER))
                .isEqualTo(Fee.inTokens(Shares.whole(1)));
        // 100 x min(0.8, 0.2) x 100 / (0.8 x 10^4) = 2000 / 8000 = 0.25 token
        assertThat(Fees.fee(bps100, Side.BUY, Price.parse("0.8"), Shares.whole(100), Liquidity.TAKER))
                .isEqualTo(Fee.inTokens(Shares.parse("0.25")));
    }

    @Test
    void v1_sell_paysItsFeeInCollateral() {
        // 100 x min(0.8, 0.2) x 100 / 10^4 = 2000 / 10000 = 0.2 pUSD
        assertThat(Fees.fee(new FeeSchedule.BasisPoints(100), Side.SELL, Price.parse("0.8"), Shares.whole(100),
                Liquidity.MAKER)).isEqualTo(Fee.inCollateral(Usd.parse("0.2")));
    }

    @Test
    void v1_feeIsFlooredToTheUnit() {
        // 10 x min(0.7, 0.3) x 1 / (0.7 x 10^4) = 3 / 7000 = 0.000428571... -> 0.000428 tokens
        assertThat(Fees.fee(new FeeSchedule.BasisPoints(10), Side.BUY, Price.parse("0.7"), Shares.whole(1),
                Liquidity.TAKER)).isEqualTo(Fee.inTokens(Shares.parse("0.000428")));
    }

    @Test
    void v1_zeroBps_chargesNothing() {
        assertThat(Fees.fee(new FeeSchedule.BasisPoints(0), Side.SELL, Price.parse("0.3"), Shares.whole(100),
                Liquidity.TAKER).isZero()).isTrue();
    }

    // ---- effective cost and proceeds ----

    @Test
    void effectiveBuy_v2Taker_addsTheFeeToTheNotional() {
        // 100 x 0.5 = 50, fee 0.75 -> 50.75 for 100 tokens = 0.5075 per token
        EffectiveBuy buy = Fees.effectiveCostBuy(curve("0.03", 1, true), Price.parse("0.5"), Shares.whole(100),
                Liquidity.TAKER);
        assertThat(buy.paid()).isEqualTo(Usd.parse("50.75"));
        assertThat(buy.received()).isEqualTo(Shares.whole(100));
        assertThat(buy.costPerTokenReceived()).isEqualByComparingTo("0.5075");
    }

    @Test
    void effectiveBuy_v2Maker_paysOnlyTheNotional() {
        EffectiveBuy buy = Fees.effectiveCostBuy(curve("0.03", 1, true), Price.parse("0.5"), Shares.whole(100),
                Liquidity.MAKER);
        assertThat(buy.paid()).isEqualTo(Usd.parse("50"));
        assertThat(buy.costPerTokenReceived()).isEqualByComparingTo("0.5");
    }

    @Test
    void effectiveBuy_v1_receivesFewerTokensAndRoundsCostPerTokenUp() {
        // pays 100 x 0.8 = 80, fee 0.25 token -> receives 99.75; 80 / 99.75 = 0.80200501... -> up 0.802006
        EffectiveBuy buy = Fees.effectiveCostBuy(new FeeSchedule.BasisPoints(100), Price.parse("0.8"),
                Shares.whole(100), Liquidity.TAKER);
        assertThat(buy.paid()).isEqualTo(Usd.parse("80"));
        assertThat(buy.received()).isEqualTo(Shares.parse("99.75"));
        assertThat(buy.costPerTokenReceived()).isEqualByComparingTo("0.802006");
    }

    @Test
    void effectiveSell_subtractsTheCollateralFee() {
        // V2: 100 x 0.5 = 50 - 0.75 = 49.25
        EffectiveSell v2 = Fees.effectiveProceedsSell(curve("0.03", 1, true), Price.parse("0.5"), Shares.whole(100),
                Liquidity.TAKER);
        assertThat(v2.proceeds()).isEqualTo(Usd.parse("49.25"));
        assertThat(v2.proceedsPerTokenDelivered()).isEqualByComparingTo("0.4925");
        // V1: 100 x 0.8 = 80 - 0.2 = 79.8
        EffectiveSell v1 = Fees.effectiveProceedsSell(new FeeSchedule.BasisPoints(100), Price.parse("0.8"),
                Shares.whole(100), Liquidity.TAKER);
        assertThat(v1.proceeds()).isEqualTo(Usd.parse("79.8"));
        assertThat(v1.delivered()).isEqualTo(Shares.whole(100));
    }

    @Test
    void notional_roundsUpForABuyAndDownForASell() {
        // 0.333333 x 0.5 = 0.1666665 -> buy pays 0.166667, sell receives 0.166666
        Shares odd = Shares.parse("0.333333");
        assertThat(Fees.effectiveCostBuy(FeeSchedule.none(), Price.parse("0.5"), odd, Liquidity.TAKER).paid())
                .isEqualTo(Usd.parse("0.166667"));
        assertThat(Fees.effectiveProceedsSell(FeeSchedule.none(), Price.parse("0.5"), odd, Liquidity.TAKER).proceeds())
                .isEqualTo(Usd.parse("0.166666"));
    }

    @Test
    void pricesAtZeroOrOne_areRefused() {
        assertThatThrownBy(() -> Fees.fee(new FeeSchedule.BasisPoints(100), Side.BUY, Price.ZERO, Shares.whole(1),
                Liquidity.TAKER)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0, 1)");
        assertThatThrownBy(() -> Fees.fee(FeeSchedule.none(), Side.SELL, Price.ONE, Shares.whole(1),
                Liquidity.TAKER)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0, 1)");
    }

    @Test
    void v1_implausibleBps_thatEatsMoreThanTheTokensBought_isRefused() {
        // 20000 x 0.5 x 1 / (0.5 x 10^4) = 2 tokens of fee on 1 token bought
        assertThatThrownBy(() -> Fees.effectiveCostBuy(new FeeSchedule.BasisPoints(20_000), Price.parse("0.5"),
                Shares.whole(1), Liquidity.TAKER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exceeds");
    }
}
