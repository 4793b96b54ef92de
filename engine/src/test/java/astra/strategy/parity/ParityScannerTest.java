package astra.strategy.parity;

import static astra.strategy.StrategyFixtures.CLOCK;
import static astra.strategy.StrategyFixtures.NO;
import static astra.strategy.StrategyFixtures.NOW;
import static astra.strategy.StrategyFixtures.YES;
import static astra.strategy.StrategyFixtures.book;
import static astra.strategy.StrategyFixtures.market;
import static astra.strategy.StrategyFixtures.negRiskMarket;
import static astra.strategy.StrategyFixtures.takerCurve;
import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Book;
import astra.domain.FeeSchedule;
import astra.domain.Liquidity;
import astra.domain.Market;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.Usd;
import astra.strategy.Inventory;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParityScannerTest {

    private static final Market FEES = market(Duration.ofDays(7), TickSize.HUNDREDTH, takerCurve());
    private final ParityScanner scanner = new ParityScanner(CLOCK, Duration.ofSeconds(5));

    @Test
    void buyBoth_belowOneAfterTakerFees_foundOnBothBooks() {
        // YES 0.40/0.45 (ask 100), NO 0.30/0.50 (ask 60): size = min(100, 60) = 60.
        // YES: 60·0.45 = 27.00 + fee 60·0.03·0.45·0.55 = 0.4455 → 27.4455
        // NO:  60·0.50 = 30.00 + fee 60·0.03·0.50·0.50 = 0.45   → 30.45
        // edge = 60 − 27.4455 − 30.45 = 2.1045; per share 2.1045/60 = 0.035075.
        // Inferred as 1 − p from the YES book, ask_NO would be 1 − 0.40 = 0.60 and 0.45 + 0.60 > 1: nothing.
        Book yes = book(YES, List.of("0.40@100"), List.of("0.45@100"));
        Book no = book(NO, List.of("0.30@100"), List.of("0.50@60"));

        ParityScan scan = scanner.scan(FEES, yes, no, Inventory.FLAT);

        assertThat(scan.refusal()).isEmpty();
        assertThat(scan.opportunities()).hasSize(1);
        ParityOpportunity o = scan.opportunities().get(0);
        assertThat(o.kind()).isEqualTo(ParityKind.BUY_BOTH);
        assertThat(o.size()).isEqualTo(Shares.whole(60));
        assertThat(o.edgeTotal()).isEqualTo(Usd.parse("2.1045"));
        assertThat(o.edgePerShare()).isEqualByComparingTo("0.035075");
        assertThat(o.legs()).extracting(ParityLeg::token, ParityLeg::side, ParityLeg::price).containsExactly(
                org.assertj.core.groups.Tuple.tuple(YES, Side.BUY, Price.parse("0.45")),
                org.assertj.core.groups.Tuple.tuple(NO, Side.BUY, Price.parse("0.50")));
        assertThat(o.liquidity()).isEqualTo(Liquidity.TAKER);
        assertThat(o.atomicityRequired()).isTrue();
        assertThat(o.legRisk()).isTrue();
        assertThat(o.requiresSplit()).isFalse();
    }

    @Test
    void sellBoth_aboveOneAfterFees_flagsSplitWithoutInventory() {
        // YES bid 0.55 (40), NO bid 0.50 (50): size 40.
        // YES: 40·0.55 = 22.00 − fee 40·0.03·0.2475 = 0.297 → 21.703; NO: 20.00 − 0.30 = 19.70.
        // edge = 21.703 + 19.70 − 40 = 1.403; per share 0.035075. 1 − p of the YES ask (0.60) would give
        // a NO bid of 0.40 and a sum of 0.95: nothing.
        Book yes = book(YES, List.of("0.55@40"), List.of("0.60@100"));
        Book no = book(NO, List.of("0.50@50"), List.of("0.52@100"));

        ParityOpportunity flat = scanner.scan(FEES, yes, no, Inventory.FLAT).opportunities().get(0);
        ParityOpportunity held = scanner.scan(FEES, yes, no,
                new Inventory(Shares.whole(40), Shares.whole(40))).opportunities().get(0);

        assertThat(flat.kind()).isEqualTo(ParityKind.SELL_BOTH);
        assertThat(flat.edgeTotal()).isEqualTo(Usd.parse("1.403"));
        assertThat(flat.edgePerShare()).isEqualByComparingTo("0.035075");
        assertThat(flat.requiresSplit()).isTrue();
        assertThat(held.requiresSplit()).isFalse();
    }

    @Test
    void sumBelowOneButFeesEatTheEdge_nothing() {
        // 0.49 + 0.50 = 0.99, but fees 100·0.03·0.2499 = 0.7497 and 100·0.03·0.25 = 0.75: cost 100.4997 > 100.
        Book yes = book(YES, List.of("0.40@100"), List.of("0.49@100"));
        Book no = book(NO, List.of("0.40@100"), List.of("0.50@100"));

        assertThat(scanner.scan(FEES, yes, no, Inventory.FLAT).opportunities()).isEmpty();
        // Without fees the same books are parity: 100 − 49 − 50 = 1.
        assertThat(scanner.scan(market(Duration.ofDays(7), TickSize.HUNDREDTH, FeeSchedule.none()), yes, no,
                Inventory.FLAT).opportunities().get(0).edgeTotal()).isEqualTo(Usd.parse("1"));
    }

    @Test
    void sumExactlyOne_nothing() {
        Book yes = book(YES, List.of("0.40@100"), List.of("0.45@100"));
        Book no = book(NO, List.of("0.40@100"), List.of("0.55@100"));

        assertThat(scanner.scan(market(Duration.ofDays(7)), yes, no, Inventory.FLAT).opportunities()).isEmpty();
    }

    @Test
    void touchSize_flooredToTwoDecimals() {
        // min(10.129, 50) = 10.129 → 10.12 pairs; no fees: edge 10.12·(1 − 0.45 − 0.50) = 0.506.
        Book yes = book(YES, List.of(), List.of("0.45@10.129"));
        Book no = book(NO, List.of(), List.of("0.50@50"));

        ParityOpportunity o = scanner.scan(market(Duration.ofDays(7)), yes, no, Inventory.FLAT).opportunities().get(0);

        assertThat(o.size()).isEqualTo(Shares.parse("10.12"));
        assertThat(o.edgeTotal()).isEqualTo(Usd.parse("0.506"));
    }

    @Test
    void negRiskMarket_refused() {
        Book yes = book(YES, List.of(), List.of("0.45@100"));
        Book no = book(NO, List.of(), List.of("0.50@100"));

        ParityScan scan = scanner.scan(negRiskMarket(Duration.ofDays(7)), yes, no, Inventory.FLAT);

        assertThat(scan.opportunities()).isEmpty();
        assertThat(scan.refusal().get()).startsWith("negRisk market");
    }

    @Test
    void staleNoBook_refused() {
        // NO book 6 s old, limit 5 s.
        Book yes = book(YES, List.of(), List.of("0.45@100"));
        Book no = book(NO, List.of(), List.of("0.50@100"), NOW.minusSeconds(6));

        ParityScan scan = scanner.scan(market(Duration.ofDays(7)), yes, no, Inventory.FLAT);

        assertThat(scan.opportunities()).isEmpty();
        assertThat(scan.refusal().get()).startsWith("NO book is stale");
    }
}
