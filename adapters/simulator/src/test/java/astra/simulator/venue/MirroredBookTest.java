package astra.simulator.venue;

import static astra.simulator.venue.VenueHarness.NO;
import static astra.simulator.venue.VenueHarness.YES;
import static astra.simulator.venue.VenueHarness.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import astra.simulator.event.BookSnapshot;
import astra.simulator.event.PriceLevelChange;
import astra.simulator.matching.PriceLevel;
import astra.simulator.matching.Side;
import org.junit.jupiter.api.Test;

/** Each token's market data lists the other outcome's orders through the complement, as the venue does. */
class MirroredBookTest {
    private final VenueHarness h = new VenueHarness().rich("alice", "bob", "carol");

    @Test
    void noBidAtFortyCents_showsAsYesAskAtSixtyCents() {
        h.gtc("alice", NO, Side.BUY, "0.40", "100");

        BookSnapshot yes = h.venue.book(YES);
        BookSnapshot no = h.venue.book(NO);

        // 1 − 0.40 = 0.60: the NO bid is liquidity to sell YES there (a YES buyer mints against it).
        assertThat(yes.asks()).containsExactly(new PriceLevel(p("0.60"), p("100")));
        assertThat(yes.bids()).isEmpty();
        assertThat(no.bids()).containsExactly(new PriceLevel(p("0.40"), p("100")));
        assertThat(no.asks()).isEmpty();
    }

    @Test
    void yesSellAndNoBidAtTheSameYesPrice_mergeIntoOneLevel() {
        h.gtc("alice", YES, Side.SELL, "0.60", "30");
        h.gtc("bob", NO, Side.BUY, "0.40", "100");
        h.gtc("carol", NO, Side.BUY, "0.38", "20");
        h.gtc("carol", YES, Side.BUY, "0.55", "10");

        // YES asks: 30 own at 0.60 + 100 mirrored from the NO bid at 0.40 = 130; the NO bid at 0.38
        // shows at 1 − 0.38 = 0.62. Best first.
        assertThat(h.venue.book(YES).asks()).containsExactly(
                new PriceLevel(p("0.60"), p("130")), new PriceLevel(p("0.62"), p("20")));
        assertThat(h.venue.book(YES).bids()).containsExactly(new PriceLevel(p("0.55"), p("10")));
        // NO bids: own 100 at 0.40 + the YES sell at 0.60 seen as a NO bid at 0.40 (merge) = 130.
        assertThat(h.venue.book(NO).bids()).containsExactly(
                new PriceLevel(p("0.40"), p("130")), new PriceLevel(p("0.38"), p("20")));
        // The YES bid at 0.55 is a NO ask at 0.45.
        assertThat(h.venue.book(NO).asks()).containsExactly(new PriceLevel(p("0.45"), p("10")));
    }

    @Test
    void placingNoBid_publishesTheYesAskLevelWithItsMergedSize() {
        h.gtc("alice", YES, Side.SELL, "0.60", "30");
        h.events.clear();

        h.gtc("bob", NO, Side.BUY, "0.40", "100");

        // The YES level at 0.60 now holds 30 + 100 = 130; the NO bid level 0.40 likewise.
        assertThat(h.eventsOf(PriceLevelChange.class))
                .extracting(PriceLevelChange::tokenId, PriceLevelChange::side, PriceLevelChange::priceMicros,
                        PriceLevelChange::newSizeMicros, PriceLevelChange::bestBidMicros, PriceLevelChange::bestAskMicros)
                .containsExactly(
                        tuple(YES, Side.SELL, p("0.60"), p("130"), 0L, p("0.60")),
                        tuple(NO, Side.BUY, p("0.40"), p("130"), p("0.40"), 0L));
    }

    @Test
    void cancellingTheNoBid_removesTheYesAskLevelAndItsBestAsk() {
        String id = h.gtc("alice", NO, Side.BUY, "0.40", "100").orderId();
        h.gtc("bob", YES, Side.BUY, "0.45", "10");
        h.events.clear();

        h.venue.cancel("alice", id);

        assertThat(h.eventsOf(PriceLevelChange.class))
                .extracting(PriceLevelChange::tokenId, PriceLevelChange::side, PriceLevelChange::priceMicros,
                        PriceLevelChange::newSizeMicros, PriceLevelChange::bestBidMicros, PriceLevelChange::bestAskMicros)
                .containsExactly(
                        // YES: the ask at 0.60 is gone (size 0), no ask left; the bid 0.45 stays best.
                        tuple(YES, Side.SELL, p("0.60"), 0L, p("0.45"), 0L),
                        // NO: its bid 0.40 is gone; the YES bid 0.45 still shows as a NO ask at 0.55.
                        tuple(NO, Side.BUY, p("0.40"), 0L, 0L, p("0.55")));
        assertThat(h.venue.book(YES).asks()).isEmpty();
    }

    @Test
    void crowdThatOnlyBuys_showsTwoSidedBooksOnBothTokens() {
        h.gtc("alice", YES, Side.BUY, "0.48", "50");
        h.gtc("alice", NO, Side.BUY, "0.50", "50");

        // YES: bid 0.48, ask 1 − 0.50 = 0.50. NO: bid 0.50, ask 1 − 0.48 = 0.52.
        assertThat(h.venue.book(YES).bids()).containsExactly(new PriceLevel(p("0.48"), p("50")));
        assertThat(h.venue.book(YES).asks()).containsExactly(new PriceLevel(p("0.50"), p("50")));
        assertThat(h.venue.book(NO).bids()).containsExactly(new PriceLevel(p("0.50"), p("50")));
        assertThat(h.venue.book(NO).asks()).containsExactly(new PriceLevel(p("0.52"), p("50")));
    }
}
