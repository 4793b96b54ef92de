package astra.strategy.parity;

import static astra.strategy.StrategyFixtures.CLOCK;
import static astra.strategy.StrategyFixtures.NO;
import static astra.strategy.StrategyFixtures.NOW;
import static astra.strategy.StrategyFixtures.YES;
import static astra.strategy.StrategyFixtures.book;
import static astra.strategy.StrategyFixtures.market;
import static astra.strategy.StrategyFixtures.takerCurve;
import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.ConditionId;
import astra.domain.FeeSchedule;
import astra.domain.Market;
import astra.domain.Micros;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.TickSize;
import astra.domain.Usd;
import astra.strategy.Inventory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A scanner that remembers each market's priced touches must report exactly what pricing afresh
 * reports: a fresh scanner per scan remembers nothing, so it is the reference.
 */
class ParityScannerMemoTest {

    private static final Duration MAX_AGE = Duration.ofSeconds(5);

    @Test
    void longLivedScanner_matchesFreshScanner_overRandomTouchesSchedulesAndInventories() {
        Random random = new Random(20261126);
        List<Market> markets = List.of(
                marketWith("0xa1", FeeSchedule.none()),
                marketWith("0xa2", takerCurve()),
                marketWith("0xa3", new FeeSchedule.Curve(new BigDecimal("0.0175"), 2, BigDecimal.ZERO, true)),
                marketWith("0xa4", new FeeSchedule.Curve(new BigDecimal("0.072"), 1, new BigDecimal("0.2"), false)),
                marketWith("0xa5", new FeeSchedule.BasisPoints(200)));
        List<Book[]> books = new ArrayList<>();
        for (int i = 0; i < markets.size(); i++) {
            books.add(new Book[] {randomBook(random, YES), randomBook(random, NO)});
        }
        ParityScanner remembering = new ParityScanner(CLOCK, MAX_AGE);
        int withOpportunities = 0;
        int scans = 20_000;
        for (int i = 0; i < scans; i++) {
            int m = random.nextInt(markets.size());
            Book[] pair = books.get(m);
            int change = random.nextInt(10);
            if (change == 0) {
                pair[0] = randomBook(random, YES); // most scans see the touch as it was
            } else if (change == 1) {
                pair[1] = randomBook(random, NO);
            }
            Inventory inventory = new Inventory(randomSize(random), randomSize(random));

            ParityScan warm = remembering.scan(markets.get(m), pair[0], pair[1], inventory);
            ParityScan fresh = new ParityScanner(CLOCK, MAX_AGE).scan(markets.get(m), pair[0], pair[1], inventory);

            assertThat(warm).as("scan %d of market %d", i, m).isEqualTo(fresh);
            withOpportunities += warm.opportunities().isEmpty() ? 0 : 1;
        }
        // The comparison means something only if both found and missed opportunities often.
        assertThat(withOpportunities).isBetween(scans / 20, scans - scans / 20);
    }

    @Test
    void sameTouchesUnderAnotherFeeSchedule_pricedAfresh() {
        // YES ask 0.45@100, NO ask 0.54@100. No fees: edge 100 − 45 − 54 = 1.00.
        // Curve 0.03: fees 100·0.03·0.45·0.55 = 0.7425 and 100·0.03·0.54·0.46 = 0.7452, sum 1.4877 > 1.00: nothing.
        Book yes = book(YES, List.of(), List.of("0.45@100"));
        Book no = book(NO, List.of(), List.of("0.54@100"));
        ParityScanner scanner = new ParityScanner(CLOCK, MAX_AGE);

        ParityScan free = scanner.scan(market(Duration.ofDays(7)), yes, no, Inventory.FLAT);
        ParityScan charged = scanner.scan(market(Duration.ofDays(7), TickSize.HUNDREDTH, takerCurve()), yes, no,
                Inventory.FLAT);

        assertThat(free.opportunities()).singleElement()
                .satisfies(o -> assertThat(o.edgeTotal()).isEqualTo(Usd.parse("1.00")));
        assertThat(charged.opportunities()).isEmpty();
    }

    @Test
    void sameTouchesWithInventoryCovering_noLongerRequiresSplit() {
        // YES bid 0.55@100, NO bid 0.50@100, no fees: sell both 100·(0.55 + 0.50) − 100 = 5.00.
        Book yes = book(YES, List.of("0.55@100"), List.of());
        Book no = book(NO, List.of("0.50@100"), List.of());
        ParityScanner scanner = new ParityScanner(CLOCK, MAX_AGE);
        Market market = market(Duration.ofDays(7));

        ParityOpportunity flat = scanner.scan(market, yes, no, Inventory.FLAT).opportunities().get(0);
        ParityOpportunity held = scanner.scan(market, yes, no, new Inventory(Shares.whole(100), Shares.whole(100)))
                .opportunities().get(0);

        assertThat(flat.edgeTotal()).isEqualTo(Usd.parse("5.00"));
        assertThat(flat.requiresSplit()).isTrue();
        assertThat(held.edgeTotal()).isEqualTo(Usd.parse("5.00"));
        assertThat(held.requiresSplit()).isFalse();
    }

    @Test
    void sameTouchesOnceStale_refusedThoughPricedBefore() {
        // Freshness is judged on every scan, never remembered with the pricing.
        Book yes = book(YES, List.of(), List.of("0.45@100"));
        Book freshNo = book(NO, List.of(), List.of("0.50@100"));
        Book staleNo = book(NO, List.of(), List.of("0.50@100"), NOW.minusSeconds(6));
        ParityScanner scanner = new ParityScanner(CLOCK, MAX_AGE);
        Market market = market(Duration.ofDays(7));

        assertThat(scanner.scan(market, yes, freshNo, Inventory.FLAT).opportunities()).hasSize(1);
        assertThat(scanner.scan(market, yes, staleNo, Inventory.FLAT).refusal().get()).startsWith("NO book is stale");
    }

    @Test
    void pairSize_floorsLikeTheDecimalFloor_includingExactAndSubUnitSizes() {
        // 10.129 → 10.12; 10.12 stays; 0.009 → 0 (below one size unit); 7 stays 7.
        Market market = market(Duration.ofDays(7));
        assertThat(pairSizeOf("10.129", "50", market)).isEqualTo(Shares.parse("10.12"));
        assertThat(pairSizeOf("10.12", "50", market)).isEqualTo(Shares.parse("10.12"));
        assertThat(pairSizeOf("0.009", "50", market)).isEqualTo(Shares.ZERO);
        assertThat(pairSizeOf("7", "7.000001", market)).isEqualTo(Shares.whole(7));
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            Shares a = randomSize(random);
            Shares b = randomSize(random);
            BigDecimal decimalFloor = a.min(b).toBigDecimal()
                    .setScale(market.tickSize().sizeDecimals(), RoundingMode.DOWN)
                    .setScale(Micros.DECIMALS, RoundingMode.UNNECESSARY);
            assertThat(ParityScanner.pairSize(level("0.5", a), level("0.5", b), market))
                    .isEqualTo(Shares.of(decimalFloor));
        }
    }

    private static Shares pairSizeOf(String a, String b, Market market) {
        return ParityScanner.pairSize(level("0.5", Shares.parse(a)), level("0.5", Shares.parse(b)), market);
    }

    private static BookLevel level(String price, Shares size) {
        return new BookLevel(Price.parse(price), size);
    }

    private static Market marketWith(String id, FeeSchedule fees) {
        Market base = market(Duration.ofDays(7), TickSize.HUNDREDTH, fees);
        return new Market(new ConditionId(id), base.yesToken(), base.noToken(), false, base.negRiskMarketId(),
                base.tickSize(), base.minSize(), fees, base.protocol(), base.clocks());
    }

    /** A book near parity (bids 0.40–0.55, asks 0.42–0.60), one side sometimes empty or crossed. */
    private static Book randomBook(Random random, astra.domain.TokenId token) {
        List<BookLevel> bids = new ArrayList<>();
        List<BookLevel> asks = new ArrayList<>();
        if (random.nextInt(8) != 0) {
            bids.add(level(cents(40 + random.nextInt(16)), randomSize(random)));
        }
        if (random.nextInt(8) != 0) {
            asks.add(level(cents(42 + random.nextInt(19)), randomSize(random)));
        }
        return new Book(token, bids, asks, TickSize.HUNDREDTH, 0, NOW);
    }

    private static String cents(int cents) {
        return "0." + cents;
    }

    /** Sizes from 0.000001 to about 500 shares, with all six decimals in play. */
    private static Shares randomSize(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> new Shares(1 + random.nextInt(20_000)); // below one size unit, or a few
            case 1 -> Shares.whole(1 + random.nextInt(500));
            default -> new Shares(1 + random.nextInt(500_000_000));
        };
    }
}
