package astra.simulator.venue;

import static astra.simulator.venue.VenueHarness.MARKET;
import static astra.simulator.venue.VenueHarness.NO;
import static astra.simulator.venue.VenueHarness.T0;
import static astra.simulator.venue.VenueHarness.YES;
import static astra.simulator.venue.VenueHarness.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import astra.simulator.account.Accounts;
import astra.simulator.event.OrderEvent;
import astra.simulator.event.OrderEventType;
import astra.simulator.event.OrderStatus;
import astra.simulator.event.TradeEvent;
import astra.simulator.event.TradeStatus;
import astra.simulator.lifecycle.SettlementPolicy;
import astra.simulator.lifecycle.SettlementTimings;
import astra.simulator.matching.BookOrder;
import astra.simulator.matching.FeeSchedule;
import astra.simulator.matching.MakerLeg;
import astra.simulator.matching.OrderRejectedException;
import astra.simulator.matching.OrderType;
import astra.simulator.matching.PriceLevel;
import astra.simulator.matching.Side;
import org.junit.jupiter.api.Test;

class TradeSettlementTest {
    private static final long MINED = SettlementTimings.DEFAULT_MINED_AFTER_MILLIS;
    private static final long CONFIRMED = SettlementTimings.DEFAULT_CONFIRMED_AFTER_MILLIS;
    private static final long FAILED = SettlementTimings.DEFAULT_FAILED_AFTER_MILLIS;

    @Test
    void healthyTrade_goesMatchedMinedConfirmed_onTheVirtualClock() {
        VenueHarness h = new VenueHarness().rich("maker", "taker");
        h.gtc("maker", YES, Side.SELL, "0.50", "10");
        h.gtc("taker", YES, Side.BUY, "0.50", "10");

        h.clock.advanceTo(T0 + 60_000);

        assertThat(h.eventsOf(TradeEvent.class))
                .extracting(TradeEvent::status, TradeEvent::timestampMillis)
                .containsExactly(
                        tuple(TradeStatus.MATCHED, T0),
                        tuple(TradeStatus.MINED, T0 + MINED),
                        tuple(TradeStatus.CONFIRMED, T0 + MINED + CONFIRMED));
    }

    @Test
    void boughtTokens_cannotBeSoldUntilTheTradeIsMined() {
        VenueHarness h = new VenueHarness();
        h.rich("maker");
        h.venue.deposit("taker", p("100"));
        h.gtc("maker", YES, Side.SELL, "0.50", "10");
        h.gtc("taker", YES, Side.BUY, "0.50", "10");

        assertThatThrownBy(() -> h.gtc("taker", YES, Side.SELL, "0.60", "10"))
                .isInstanceOf(OrderRejectedException.class)
                .hasMessageStartingWith("not enough balance / allowance");

        h.clock.advanceTo(T0 + MINED);
        assertThat(h.gtc("taker", YES, Side.SELL, "0.60", "10").status()).isEqualTo(PlaceResult.Status.LIVE);
    }

    @Test
    void failedTrade_goesRetryingThenFailed_andRestoresEveryBalanceExactly() {
        VenueHarness h = new VenueHarness(SettlementPolicy.alwaysFail(), new FeeSchedule(p("0.03"), 1));
        h.rich("maker", "taker");
        String maker = h.gtc("maker", YES, Side.SELL, "0.50", "10").orderId();
        long makerPusd = h.pusd("maker");
        long takerPusd = h.pusd("taker");
        long makerYes = h.tokens("maker", YES);
        long takerYes = h.tokens("taker", YES);

        String taker = h.immediate("taker", YES, Side.BUY, "0.50", "10", OrderType.FOK).orderId();
        assertThat(h.pusd("taker")).isLessThan(takerPusd);
        h.clock.advanceTo(T0 + MINED + FAILED);

        assertThat(h.eventsOf(TradeEvent.class))
                .extracting(TradeEvent::status, TradeEvent::timestampMillis)
                .containsExactly(
                        tuple(TradeStatus.MATCHED, T0),
                        tuple(TradeStatus.RETRYING, T0 + MINED),
                        tuple(TradeStatus.FAILED, T0 + MINED + FAILED));
        assertThat(h.pusd("maker")).isEqualTo(makerPusd);
        assertThat(h.pusd("taker")).isEqualTo(takerPusd);
        assertThat(h.tokens("maker", YES)).isEqualTo(makerYes);
        assertThat(h.tokens("taker", YES)).isEqualTo(takerYes);
        assertThat(h.venue.accounts().balance(Accounts.FEE_COLLECTOR, Accounts.PUSD)).isZero();
        // the maker's order is back, whole, holding its tokens again; the taker's is not re-opened
        assertThat(h.order(maker).state()).isEqualTo(BookOrder.State.OPEN);
        assertThat(h.order(maker).remainingMicros()).isEqualTo(p("10"));
        assertThat(h.order(maker).matchedMicros()).isZero();
        assertThat(h.venue.accounts().held("maker", YES)).isEqualTo(p("10"));
        assertThat(h.venue.book(YES).asks()).containsExactly(new PriceLevel(p("0.50"), p("10")));
        assertThat(h.order(taker).state()).isEqualTo(BookOrder.State.CANCELED);
        assertThat(h.order(taker).matchedMicros()).isZero();
        assertThat(h.eventsOf(OrderEvent.class)).filteredOn(e -> e.type() == OrderEventType.UPDATE)
                .extracting(OrderEvent::orderId, OrderEvent::status, OrderEvent::sizeMatchedMicros)
                .endsWith(tuple(maker, OrderStatus.LIVE, 0L), tuple(taker, OrderStatus.CANCELED, 0L));
    }

    @Test
    void failedTrade_returnsAFullyFilledMakerToItsOriginalPlaceInTheQueue() {
        VenueHarness h = new VenueHarness(SettlementPolicy.alwaysFail(), FeeSchedule.none());
        h.rich("first", "second", "taker");
        String first = h.gtc("first", YES, Side.SELL, "0.50", "10").orderId();
        h.gtc("taker", YES, Side.BUY, "0.50", "10");
        String second = h.gtc("second", YES, Side.SELL, "0.50", "10").orderId();

        h.clock.advanceTo(T0 + MINED + FAILED);
        h.immediate("taker", YES, Side.BUY, "0.50", "10", OrderType.FOK);

        MakerLeg leg = h.eventsOf(TradeEvent.class).stream()
                .filter(e -> e.status() == TradeStatus.MATCHED).reduce((a, b) -> b).orElseThrow().trade().makerLegs().get(0);
        assertThat(leg.makerOrderId()).isEqualTo(first);
        assertThat(h.order(second).matchedMicros()).isZero();
    }

    @Test
    void failedMint_burnsThePairAndEmptiesTheVault() {
        VenueHarness h = new VenueHarness(SettlementPolicy.alwaysFail(), FeeSchedule.none());
        h.venue.deposit("maker", p("100"));
        h.venue.deposit("taker", p("100"));
        String noBid = h.gtc("maker", NO, Side.BUY, "0.45", "10").orderId();
        h.gtc("taker", YES, Side.BUY, "0.55", "10");
        assertThat(h.venue.accounts().total(YES)).isEqualTo(p("10"));

        h.clock.advanceTo(T0 + MINED + FAILED);

        assertThat(h.venue.accounts().total(YES)).isZero();
        assertThat(h.venue.accounts().total(NO)).isZero();
        assertThat(h.venue.accounts().balance(Accounts.vault(MARKET), Accounts.PUSD)).isZero();
        assertThat(h.pusd("taker")).isEqualTo(p("100"));
        // the maker is whole again and its NO bid rests, holding 10 × 0.45 = 4.50
        assertThat(h.pusd("maker")).isEqualTo(p("100"));
        assertThat(h.venue.accounts().held("maker", Accounts.PUSD)).isEqualTo(p("4.5"));
        assertThat(h.order(noBid).resting()).isTrue();
    }

    @Test
    void failedTrade_doesNotReopenAMakerThatWasCancelledMeanwhile() {
        VenueHarness h = new VenueHarness(SettlementPolicy.alwaysFail(), FeeSchedule.none());
        h.rich("maker", "taker");
        String maker = h.gtc("maker", YES, Side.SELL, "0.50", "20").orderId();
        h.gtc("taker", YES, Side.BUY, "0.50", "5");
        h.venue.cancel("maker", maker);

        h.clock.advanceTo(T0 + MINED + FAILED);

        assertThat(h.order(maker).state()).isEqualTo(BookOrder.State.CANCELED);
        assertThat(h.order(maker).matchedMicros()).isZero();
        assertThat(h.venue.book(YES).asks()).isEmpty();
        assertThat(h.venue.accounts().held("maker", YES)).isZero();
    }
}
