package astra.simulator.venue;

import static astra.simulator.venue.VenueHarness.NO;
import static astra.simulator.venue.VenueHarness.YES;
import static astra.simulator.venue.VenueHarness.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import astra.simulator.event.LastTradePrice;
import astra.simulator.event.OrderEvent;
import astra.simulator.event.OrderEventType;
import astra.simulator.event.OrderStatus;
import astra.simulator.event.PriceLevelChange;
import astra.simulator.event.TradeEvent;
import astra.simulator.matching.BookOrder;
import astra.simulator.matching.MakerLeg;
import astra.simulator.matching.OrderType;
import astra.simulator.matching.PriceLevel;
import astra.simulator.matching.Side;
import astra.simulator.matching.Trade;
import org.junit.jupiter.api.Test;

class PriceTimePriorityTest {
    private final VenueHarness h = new VenueHarness().rich("alice", "bob", "carol", "taker");

    @Test
    void twoOrdersAtSamePrice_oldestFillsFirst() {
        String older = h.gtc("alice", YES, Side.SELL, "0.55", "10").orderId();
        String newer = h.gtc("bob", YES, Side.SELL, "0.55", "10").orderId();

        h.gtc("taker", YES, Side.BUY, "0.55", "6");

        assertThat(h.order(older).matchedMicros()).isEqualTo(p("6"));
        assertThat(h.order(newer).matchedMicros()).isZero();
        assertThat(h.venue.book(YES).asks()).containsExactly(new PriceLevel(p("0.55"), p("14")));
    }

    @Test
    void takerSweepsSeveralLevels_bestFirst_eachLegAtItsMakersPrice() {
        h.gtc("alice", YES, Side.SELL, "0.57", "10");
        h.gtc("bob", YES, Side.SELL, "0.55", "5");
        h.gtc("carol", YES, Side.SELL, "0.56", "5");
        long before = h.pusd("taker");

        PlaceResult r = h.gtc("taker", YES, Side.BUY, "0.57", "15");

        Trade t = h.eventsOf(TradeEvent.class).get(0).trade();
        assertThat(t.makerLegs()).extracting(MakerLeg::makerOwner, MakerLeg::priceMicros, MakerLeg::sizeMicros)
                .containsExactly(
                        tuple("bob", p("0.55"), p("5")),
                        tuple("carol", p("0.56"), p("5")),
                        tuple("alice", p("0.57"), p("5")));
        // 5 × 0.55 + 5 × 0.56 + 5 × 0.57 = 2.75 + 2.80 + 2.85 = 8.40 (no fees on this market)
        assertThat(r.makingAmountMicros()).isEqualTo(p("8.40"));
        assertThat(before - h.pusd("taker")).isEqualTo(p("8.40"));
        assertThat(h.tokens("taker", YES)).isEqualTo(p("100015"));
        assertThat(r.status()).isEqualTo(PlaceResult.Status.MATCHED);
        assertThat(h.venue.book(YES).asks()).containsExactly(new PriceLevel(p("0.57"), p("5")));
        // the market channel's last trade price is the sweep's last (worst) price, with the whole size
        assertThat(h.eventsOf(LastTradePrice.class)).singleElement().satisfies(l -> {
            assertThat(l.priceMicros()).isEqualTo(p("0.57"));
            assertThat(l.sizeMicros()).isEqualTo(p("15"));
            assertThat(l.takerSide()).isEqualTo(Side.BUY);
        });
    }

    @Test
    void partialFill_makerKeepsRemainderAndTakerRemainderRestsAtItsLimit() {
        String maker = h.gtc("alice", YES, Side.SELL, "0.55", "10").orderId();

        String taker = h.gtc("taker", YES, Side.BUY, "0.56", "25").orderId();

        assertThat(h.order(maker).state()).isEqualTo(BookOrder.State.FILLED);
        OrderView t = h.order(taker);
        assertThat(t.matchedMicros()).isEqualTo(p("10"));
        assertThat(t.remainingMicros()).isEqualTo(p("15"));
        assertThat(h.venue.book(YES).bids()).containsExactly(new PriceLevel(p("0.56"), p("15")));
        assertThat(h.venue.book(YES).asks()).isEmpty();
        OrderEvent placement = h.eventsOf(OrderEvent.class).stream()
                .filter(e -> e.orderId().equals(taker)).findFirst().orElseThrow();
        assertThat(placement.type()).isEqualTo(OrderEventType.PLACEMENT);
        assertThat(placement.status()).isEqualTo(OrderStatus.MATCHED);
        assertThat(placement.sizeMatchedMicros()).isEqualTo(p("10"));
    }

    @Test
    void partialFillOfMaker_updatesItAsMatchedAndPublishesTheLevelsNewSize() {
        String maker = h.gtc("alice", YES, Side.SELL, "0.55", "10").orderId();
        h.events.clear();

        h.immediate("taker", YES, Side.BUY, "0.55", "4", OrderType.FAK);

        OrderEvent update = h.eventsOf(OrderEvent.class).stream()
                .filter(e -> e.orderId().equals(maker)).findFirst().orElseThrow();
        assertThat(update.type()).isEqualTo(OrderEventType.UPDATE);
        assertThat(update.status()).isEqualTo(OrderStatus.MATCHED);
        assertThat(update.sizeMatchedMicros()).isEqualTo(p("4"));
        // 10 − 4 = 6 left at the YES ask 0.55; the NO book shows the same level as a bid at 1 − 0.55.
        assertThat(h.eventsOf(PriceLevelChange.class))
                .extracting(PriceLevelChange::tokenId, PriceLevelChange::side, PriceLevelChange::priceMicros,
                        PriceLevelChange::newSizeMicros)
                .containsExactly(tuple(YES, Side.SELL, p("0.55"), p("6")), tuple(NO, Side.BUY, p("0.45"), p("6")));
    }

    @Test
    void fokThatCannotFillFully_fillsNothingAndIsKilled() {
        h.gtc("alice", YES, Side.SELL, "0.55", "10");
        h.gtc("bob", YES, Side.SELL, "0.60", "10");
        long before = h.pusd("taker");

        PlaceResult r = h.immediate("taker", YES, Side.BUY, "0.58", "12", OrderType.FOK);

        assertThat(r.status()).isEqualTo(PlaceResult.Status.KILLED);
        assertThat(r.errorMsg()).contains("FOK orders are fully filled or killed");
        assertThat(h.pusd("taker")).isEqualTo(before);
        assertThat(h.eventsOf(TradeEvent.class)).isEmpty();
        assertThat(h.venue.book(YES).asks()).containsExactly(
                new PriceLevel(p("0.55"), p("10")), new PriceLevel(p("0.60"), p("10")));
        assertThat(h.eventsOf(OrderEvent.class)).last()
                .satisfies(e -> assertThat(e.type()).isEqualTo(OrderEventType.CANCELLATION));
    }

    @Test
    void fokThatCanFillFully_fillsAll() {
        h.gtc("alice", YES, Side.SELL, "0.55", "10");
        h.gtc("bob", YES, Side.SELL, "0.58", "10");

        PlaceResult r = h.immediate("taker", YES, Side.BUY, "0.58", "12", OrderType.FOK);

        assertThat(r.status()).isEqualTo(PlaceResult.Status.MATCHED);
        assertThat(r.takingAmountMicros()).isEqualTo(p("12"));
    }

    @Test
    void fak_fillsWhatItCanAndCancelsTheRest() {
        h.gtc("alice", YES, Side.BUY, "0.45", "10");

        PlaceResult r = h.immediate("taker", YES, Side.SELL, "0.40", "25", OrderType.FAK);

        OrderView o = h.order(r.orderId());
        assertThat(o.matchedMicros()).isEqualTo(p("10"));
        assertThat(o.state()).isEqualTo(BookOrder.State.CANCELED);
        assertThat(o.resting()).isFalse();
        assertThat(h.venue.book(YES).bids()).isEmpty();
        assertThat(h.venue.book(YES).asks()).isEmpty();
        // a SELL is paid the maker's price: 10 × 0.45 = 4.50
        assertThat(r.takingAmountMicros()).isEqualTo(p("4.5"));
    }

    @Test
    void fakWithNothingToMatch_isKilledWithTheVenuesMessage() {
        PlaceResult r = h.immediate("taker", YES, Side.BUY, "0.50", "10", OrderType.FAK);

        assertThat(r.success()).isFalse();
        assertThat(r.errorMsg()).contains("FAK orders are partially filled or killed");
    }

    @Test
    void selfTrade_cancelsTheOwnersRestingOrderAndTheTakerRests() {
        String own = h.gtc("alice", YES, Side.SELL, "0.55", "10").orderId();

        String taker = h.gtc("alice", YES, Side.BUY, "0.55", "10").orderId();

        assertThat(h.order(own).state()).isEqualTo(BookOrder.State.CANCELED);
        assertThat(h.order(taker).resting()).isTrue();
        assertThat(h.eventsOf(TradeEvent.class)).isEmpty();
        assertThat(h.venue.book(YES).asks()).isEmpty();
        assertThat(h.venue.book(YES).bids()).containsExactly(new PriceLevel(p("0.55"), p("10")));
    }

    @Test
    void selfTrade_skipsOwnOrderButStillTradesWithOthersBehindIt() {
        h.gtc("alice", YES, Side.SELL, "0.55", "10");
        h.gtc("bob", YES, Side.SELL, "0.55", "10");

        PlaceResult r = h.gtc("alice", YES, Side.BUY, "0.55", "10");

        assertThat(r.status()).isEqualTo(PlaceResult.Status.MATCHED);
        assertThat(h.eventsOf(TradeEvent.class).get(0).trade().makerLegs())
                .extracting(MakerLeg::makerOwner).containsExactly("bob");
    }

    @Test
    void restingOrdersOnBothOutcomes_neverLeaveTheMarketCrossed() {
        // YES bid 0.52 and a NO bid at 0.49 would sum to 1.01: the NO bid must trade (mint) instead of resting.
        h.gtc("alice", YES, Side.BUY, "0.52", "10");

        PlaceResult r = h.gtc("bob", NO, Side.BUY, "0.49", "10");

        assertThat(r.status()).isEqualTo(PlaceResult.Status.MATCHED);
        assertThat(h.venue.book(YES).bids()).isEmpty();
        assertThat(h.venue.book(NO).bids()).isEmpty();
    }
}
