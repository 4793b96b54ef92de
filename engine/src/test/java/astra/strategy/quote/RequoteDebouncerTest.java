package astra.strategy.quote;

import static astra.strategy.StrategyFixtures.CONDITION;
import static astra.strategy.StrategyFixtures.NO;
import static astra.strategy.StrategyFixtures.NOW;
import static astra.strategy.StrategyFixtures.YES;
import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Outcome;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.execution.GtdExpiration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequoteDebouncerTest {

    private final RequoteDebouncer debouncer = new RequoteDebouncer(2);

    private static TargetQuote bid(String price, long size) {
        return new TargetQuote(CONDITION, QuoteRole.BID, Outcome.YES, YES, Side.BUY, Price.parse(price),
                Price.parse(price), Shares.whole(size), TickSize.HUNDREDTH, new GtdExpiration(NOW.plusSeconds(370), false));
    }

    private static Optional<RestingQuote> resting(String price, long size) {
        return Optional.of(new RestingQuote(YES, Side.BUY, Price.parse(price), Shares.whole(size)));
    }

    private RequoteDecision.Action decide(Optional<RestingQuote> resting, Optional<TargetQuote> target) {
        return debouncer.decide(resting, target).action();
    }

    @Test
    void exactlyTwoTicksOfDrift_keepsTheRestingOrder() {
        // 0.50 → 0.52 on tick 0.01: 20000 micros / 10000 = 2 ticks, not more than 2.
        assertThat(decide(resting("0.50", 20), Optional.of(bid("0.52", 20)))).isEqualTo(RequoteDecision.Action.KEEP);
        assertThat(decide(resting("0.50", 20), Optional.of(bid("0.48", 20)))).isEqualTo(RequoteDecision.Action.KEEP);
    }

    @Test
    void threeTicksOfDrift_replaces() {
        RequoteDecision d = debouncer.decide(resting("0.50", 20), Optional.of(bid("0.53", 20)));

        assertThat(d.action()).isEqualTo(RequoteDecision.Action.REPLACE);
        assertThat(d.reason()).contains("3 ticks");
        assertThat(decide(resting("0.50", 20), Optional.of(bid("0.47", 20)))).isEqualTo(RequoteDecision.Action.REPLACE);
    }

    @Test
    void sizeChangeOfAQuarter_keeps_moreThanAQuarter_replaces() {
        // |25 − 20| / 20 = 0.25: not more than 0.25. |26 − 20| / 20 = 0.30.
        assertThat(decide(resting("0.50", 20), Optional.of(bid("0.50", 25)))).isEqualTo(RequoteDecision.Action.KEEP);
        assertThat(decide(resting("0.50", 20), Optional.of(bid("0.50", 26)))).isEqualTo(RequoteDecision.Action.REPLACE);
    }

    @Test
    void routeChangedFromYesSellToNoBid_replacesEvenAtTheSameYesPrice() {
        Optional<RestingQuote> yesSell = Optional.of(new RestingQuote(YES, Side.SELL, Price.parse("0.52"),
                Shares.whole(20)));
        TargetQuote noBid = new TargetQuote(CONDITION, QuoteRole.ASK, Outcome.NO, NO, Side.BUY, Price.parse("0.48"),
                Price.parse("0.52"), Shares.whole(20), TickSize.HUNDREDTH, new GtdExpiration(NOW.plusSeconds(370), false));

        assertThat(decide(yesSell, Optional.of(noBid))).isEqualTo(RequoteDecision.Action.REPLACE);
    }

    @Test
    void restingPriceOffTheNewTick_replaces() {
        // Resting at 0.505 (valid on 0.001); the target is on tick 0.01 and only 0.005 away.
        assertThat(decide(Optional.of(new RestingQuote(YES, Side.BUY, Price.parse("0.505"), Shares.whole(20))),
                Optional.of(bid("0.50", 20)))).isEqualTo(RequoteDecision.Action.REPLACE);
    }

    @Test
    void slotTransitions_placeCancelNone() {
        assertThat(decide(Optional.empty(), Optional.of(bid("0.50", 20)))).isEqualTo(RequoteDecision.Action.PLACE);
        assertThat(decide(resting("0.50", 20), Optional.empty())).isEqualTo(RequoteDecision.Action.CANCEL);
        assertThat(decide(Optional.empty(), Optional.empty())).isEqualTo(RequoteDecision.Action.NONE);
    }
}
