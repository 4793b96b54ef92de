package astra.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Liquidity;
import astra.domain.OrderId;
import astra.domain.Position;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionLedgerTest {
    private static final ConditionId MARKET = new ConditionId("0xmarket");
    private static final TokenId YES = new TokenId("111");
    private int trades;

    private Fill fill(Side side, String size, String price, String fee) {
        return fill(side, size, price, fee, TradeStatus.MATCHED);
    }

    private Fill fill(Side side, String size, String price, String fee, TradeStatus status) {
        trades++;
        return new Fill(FillKey.taker(new TradeId("t" + trades)), new OrderId("0xorder" + trades), MARKET, YES,
                side, Price.parse(price), Shares.parse(size), Liquidity.TAKER, Usd.parse(fee), status,
                Instant.parse("2026-05-01T00:00:00Z").plusSeconds(trades));
    }

    private static Position position(String size, String cost, String realized) {
        return new Position(MARKET, YES, Shares.parse(size), Usd.parse(cost), Usd.parse(realized));
    }

    @Test
    void twoBuys_addSizeAndCost() {
        // 10 × 0.40 = 4.00, 10 × 0.60 = 6.00 → 20 tokens costing 10.00 (average 0.50)
        Position p = PositionLedger.fold(MARKET, YES,
                List.of(fill(Side.BUY, "10", "0.40", "0"), fill(Side.BUY, "10", "0.60", "0")));

        assertThat(p).isEqualTo(position("20", "10.00", "0"));
    }

    @Test
    void sellAtAverageCost_realizesDifferenceToProceeds() {
        // after 20 @ avg 0.50 (cost 10.00): sell 5 @ 0.70 → proceeds 3.50, cost out 5 × 0.50 = 2.50,
        // realized 3.50 − 2.50 = 1.00; 15 remain costing 10.00 − 2.50 = 7.50
        Position p = PositionLedger.fold(MARKET, YES, List.of(
                fill(Side.BUY, "10", "0.40", "0"),
                fill(Side.BUY, "10", "0.60", "0"),
                fill(Side.SELL, "5", "0.70", "0")));

        assertThat(p).isEqualTo(position("15", "7.50", "1.00"));
    }

    @Test
    void sellingTheRestAtALossWithFee_closesWithNoCostLeft() {
        // from 15 costing 7.50 with 1.00 realized: sell 15 @ 0.30 paying fee 0.05 →
        // proceeds 4.50 − 0.05 = 4.45, cost out 7.50, realized 1.00 + (4.45 − 7.50) = −2.05
        Position p = PositionLedger.fold(MARKET, YES, List.of(
                fill(Side.BUY, "10", "0.40", "0"),
                fill(Side.BUY, "10", "0.60", "0"),
                fill(Side.SELL, "5", "0.70", "0"),
                fill(Side.SELL, "15", "0.30", "0.05")));

        assertThat(p).isEqualTo(position("0", "0", "-2.05"));
    }

    @Test
    void buyFee_isPartOfTheCost() {
        // 10 × 0.50 = 5.00 plus fee 0.10 → cost 5.10; selling all 10 @ 0.51 = 5.10 realizes 0
        Position bought = PositionLedger.apply(Position.flat(MARKET, YES), fill(Side.BUY, "10", "0.50", "0.10"));
        Position sold = PositionLedger.apply(bought, fill(Side.SELL, "10", "0.51", "0"));

        assertThat(bought).isEqualTo(position("10", "5.10", "0"));
        assertThat(sold).isEqualTo(position("0", "0", "0"));
    }

    @Test
    void unevenCostSplit_roundsHalfEvenAndKeepsTheWholeCost() {
        // 3 × 0.01 = 0.03 + fee 0.000001 → cost 0.030001; selling 1 of 3 takes 0.030001 / 3 =
        // 0.0100003… → 0.010000, so 0.020001 stays; sale at 0.01 realizes 0.01 − 0.01 = 0
        Position p = PositionLedger.fold(MARKET, YES, List.of(
                fill(Side.BUY, "3", "0.01", "0.000001"),
                fill(Side.SELL, "1", "0.01", "0")));

        assertThat(p).isEqualTo(position("2", "0.020001", "0"));
    }

    @Test
    void failedFill_doesNotCount() {
        Position p = PositionLedger.fold(MARKET, YES, List.of(
                fill(Side.BUY, "10", "0.40", "0"),
                fill(Side.BUY, "10", "0.60", "0", TradeStatus.FAILED)));

        assertThat(p).isEqualTo(position("10", "4.00", "0"));
    }

    @Test
    void sellBeyondHolding_isRefused() {
        Position held = PositionLedger.apply(Position.flat(MARKET, YES), fill(Side.BUY, "10", "0.40", "0"));

        assertThatThrownBy(() -> PositionLedger.apply(held, fill(Side.SELL, "10.01", "0.50", "0")))
                .isInstanceOf(SellExceedsHoldingException.class)
                .hasMessageContaining("10.01")
                .hasMessageContaining("holding of 10");
    }

    @Test
    void fillOfAnotherToken_isRefused() {
        Fill other = new Fill(FillKey.taker(new TradeId("x")), new OrderId("0xo"), MARKET, new TokenId("222"),
                Side.BUY, Price.parse("0.5"), Shares.whole(1), Liquidity.TAKER, Usd.ZERO, TradeStatus.MATCHED,
                Instant.EPOCH);

        assertThatThrownBy(() -> PositionLedger.apply(Position.flat(MARKET, YES), other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("222");
    }
}
