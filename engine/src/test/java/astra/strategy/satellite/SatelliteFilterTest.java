package astra.strategy.satellite;

import static astra.strategy.StrategyFixtures.CLOCK;
import static astra.strategy.StrategyFixtures.CONDITION;
import static astra.strategy.StrategyFixtures.NO;
import static astra.strategy.StrategyFixtures.NOW;
import static astra.strategy.StrategyFixtures.YES;
import static astra.strategy.StrategyFixtures.book;
import static astra.strategy.StrategyFixtures.market;
import static astra.strategy.StrategyFixtures.takerCurve;
import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Book;
import astra.domain.Market;
import astra.domain.Outcome;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.TickSize;
import astra.domain.Usd;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SatelliteFilterTest {

    private static final Market MARKET = market(Duration.ofDays(7), TickSize.HUNDREDTH, takerCurve());
    private static final Book YES_BOOK = book(YES, List.of("0.30@1000"), List.of("0.60@1000"));
    private static final Book NO_BOOK = book(NO, List.of("0.35@1000"), List.of("0.45@1000"));
    private static final SatellitePermission POLICY =
            SatellitePermission.allowing(new BigDecimal("0.15"), EnumSet.of(EvidenceTier.A, EvidenceTier.B));

    private final SatelliteBudget budget = new SatelliteBudget(Usd.parse("1000"));
    private final SatelliteFilter filter = new SatelliteFilter(CLOCK, Duration.ofMinutes(10), Usd.parse("30"), budget);

    private static SatelliteSignal signal(String p, EvidenceTier tier) {
        return new SatelliteSignal(CONDITION, new BigDecimal(p), tier, "test", NOW.minusSeconds(60));
    }

    private SatelliteDecision evaluate(SatelliteSignal s, Book yes, Book no, SatellitePermission permission) {
        return filter.evaluate(s, MARKET, yes, no, permission);
    }

    @Test
    void edgeAboveFifteenPercentAfterFees_tierA_emitsYesBuyAndReservesBudget() {
        // Stake $30 at ask 0.60: 50 shares cost 30 + 50·0.03·0.6·0.4 = 30.36 > 30, so scaled to
        // ⌊50·30/30.36⌋ = 49.40: 29.64 + 49.40·0.0072 = 0.35568 → 29.99568.
        // Cost per token 29.99568/49.40 = 0.6072; edge 0.80 − 0.6072 = 0.1928 ≥ 0.15.
        SatelliteDecision d = evaluate(signal("0.80", EvidenceTier.A), YES_BOOK, NO_BOOK, POLICY);

        SatelliteCandidate c = d.candidate().get();
        assertThat(c.outcome()).isEqualTo(Outcome.YES);
        assertThat(c.limitPrice()).isEqualTo(Price.parse("0.60"));
        assertThat(c.size()).isEqualTo(Shares.parse("49.4"));
        assertThat(c.cost()).isEqualTo(Usd.parse("29.99568"));
        assertThat(c.edge()).isEqualByComparingTo("0.1928");
        assertThat(budget.reserved()).isEqualTo(Usd.parse("29.99568"));
    }

    @Test
    void edgeBelowMinimum_rejected_nothingReserved() {
        // 0.70 − 0.6072 = 0.0928 < 0.15.
        SatelliteDecision d = evaluate(signal("0.70", EvidenceTier.A), YES_BOOK, NO_BOOK, POLICY);

        assertThat(d.candidate()).isEmpty();
        assertThat(d.reason()).isEqualTo("edge 0.092800 on YES below 0.15");
        assertThat(budget.reserved()).isEqualTo(Usd.ZERO);
    }

    @Test
    void tierC_rejectedWhateverTheEdge() {
        assertThat(evaluate(signal("0.99", EvidenceTier.C), YES_BOOK, NO_BOOK, POLICY).reason())
                .isEqualTo("evidence tier C not allowed");
    }

    @Test
    void rulesDenial_rejected() {
        SatellitePermission denied = new SatellitePermission(new BigDecimal("0.15"), EnumSet.of(EvidenceTier.A),
                Optional.of("satellite off"));

        assertThat(evaluate(signal("0.99", EvidenceTier.A), YES_BOOK, NO_BOOK, denied).reason())
                .isEqualTo("denied by the rules: satellite off");
    }

    @Test
    void staleSignal_rejected() {
        SatelliteSignal old = new SatelliteSignal(CONDITION, new BigDecimal("0.99"), EvidenceTier.A, "t",
                NOW.minus(Duration.ofMinutes(11)));

        assertThat(evaluate(old, YES_BOOK, NO_BOOK, POLICY).candidate()).isEmpty();
    }

    @Test
    void lowProbability_buysNoAtTheNoBooksOwnAsk() {
        // P(YES) 0.20 → P(NO) 0.80. The NO book's ask is 0.60: as above, edge 0.1928 → NO buy.
        // Inferred from the YES book as 1 − bid = 0.70 it would cost 0.70 + 0.03·0.21 = 0.7063, edge 0.0937: no trade.
        Book no = book(NO, List.of("0.35@1000"), List.of("0.60@1000"));

        SatelliteCandidate c = evaluate(signal("0.20", EvidenceTier.B), YES_BOOK, no, POLICY).candidate().get();

        assertThat(c.outcome()).isEqualTo(Outcome.NO);
        assertThat(c.token()).isEqualTo(NO);
        assertThat(c.edge()).isEqualByComparingTo("0.1928");
    }

    @Test
    void budgetCapsTheStake_thenIsExhausted() {
        // Limit $50, stake up to $100: ⌊50/0.60⌋ = 83.33 costs 49.998 + 0.59997 = 50.59797 > 50;
        // ⌊83.33·50/50.59797⌋ = 82.34 costs 49.404 + 0.59284 = 49.99684. Left: 0.00316 < $1.
        SatelliteBudget small = new SatelliteBudget(Usd.parse("50"));
        SatelliteFilter f = new SatelliteFilter(CLOCK, Duration.ofMinutes(10), Usd.parse("100"), small);

        SatelliteCandidate first = f.evaluate(signal("0.90", EvidenceTier.A), MARKET, YES_BOOK, NO_BOOK, POLICY)
                .candidate().get();
        SatelliteDecision second = f.evaluate(signal("0.90", EvidenceTier.A), MARKET, YES_BOOK, NO_BOOK, POLICY);

        assertThat(first.size()).isEqualTo(Shares.parse("82.34"));
        assertThat(first.cost()).isEqualTo(Usd.parse("49.99684"));
        assertThat(small.remaining()).isEqualTo(Usd.parse("0.00316"));
        assertThat(second.candidate()).isEmpty();
        assertThat(second.reason()).startsWith("satellite budget exhausted");
    }

    @Test
    void budgetRelease_makesRoomAgain_andOverReleaseRefused() {
        SatelliteBudget b = new SatelliteBudget(Usd.parse("10"));
        assertThat(b.tryReserve(Usd.parse("8"))).isTrue();
        assertThat(b.tryReserve(Usd.parse("3"))).isFalse();
        b.release(Usd.parse("8"));
        assertThat(b.tryReserve(Usd.parse("3"))).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.release(Usd.parse("4")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
