package astra.simulator.venue;

import static astra.simulator.venue.VenueHarness.MARKET;
import static astra.simulator.venue.VenueHarness.NO;
import static astra.simulator.venue.VenueHarness.YES;
import static astra.simulator.venue.VenueHarness.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import astra.simulator.account.Accounts;
import astra.simulator.event.TradeEvent;
import astra.simulator.lifecycle.SettlementPolicy;
import astra.simulator.matching.FeeSchedule;
import astra.simulator.matching.MakerLeg;
import astra.simulator.matching.OrderType;
import astra.simulator.matching.Side;
import astra.simulator.matching.Trade;
import org.junit.jupiter.api.Test;

class MintAndMergeTest {

    @Test
    void buyYesAgainstARestingNoBuy_mintsAPair_andTheMakerLegNamesTheNoOrder() {
        VenueHarness h = new VenueHarness(SettlementPolicy.neverFail(), new FeeSchedule(p("0.03"), 1));
        h.venue.deposit("maker", p("100"));
        h.venue.deposit("taker", p("100"));
        String noBid = h.gtc("maker", NO, Side.BUY, "0.45", "10").orderId();

        PlaceResult r = h.gtc("taker", YES, Side.BUY, "0.60", "10");

        Trade t = h.eventsOf(TradeEvent.class).get(0).trade();
        MakerLeg leg = t.makerLegs().get(0);
        assertThat(t.takerToken()).isEqualTo(YES);
        assertThat(leg.makerOrderId()).isEqualTo(noBid);
        assertThat(leg.tokenId()).isEqualTo(NO);
        assertThat(leg.side()).isEqualTo(Side.BUY);
        assertThat(leg.priceMicros()).isEqualTo(p("0.45"));
        assertThat(leg.complementary()).isTrue();
        // the taker pays 1 − 0.45 = 0.55 (price improvement from its 0.60 limit)
        assertThat(leg.takerPriceMicros()).isEqualTo(p("0.55"));
        // fee: 10 × 0.03 × 0.55 × 0.45 = 0.07425
        assertThat(r.feeMicros()).isEqualTo(p("0.07425"));
        // taker: 100 − 5.50 − 0.07425 = 94.42575; maker: 100 − 4.50 = 95.50
        assertThat(h.pusd("taker")).isEqualTo(p("94.42575"));
        assertThat(h.pusd("maker")).isEqualTo(p("95.5"));
        assertThat(h.tokens("taker", YES)).isEqualTo(p("10"));
        assertThat(h.tokens("maker", NO)).isEqualTo(p("10"));
        // the 10 new pairs are backed by exactly 10 pUSD: 5.50 from the taker and 4.50 from the maker
        assertThat(h.venue.accounts().balance(Accounts.vault(MARKET), Accounts.PUSD)).isEqualTo(p("10"));
        assertThat(h.venue.accounts().balance(Accounts.FEE_COLLECTOR, Accounts.PUSD)).isEqualTo(p("0.07425"));
    }

    @Test
    void directAndMintLiquidityShareOneQueue_betterTakerPriceFirst_thenOlder() {
        VenueHarness h = new VenueHarness().rich("a", "b", "c", "taker");
        String directAsk = h.gtc("a", YES, Side.SELL, "0.55", "10").orderId();   // YES at 0.55, oldest
        String noBidSame = h.gtc("b", NO, Side.BUY, "0.45", "10").orderId();     // YES at 0.55, newer
        String noBidBetter = h.gtc("c", NO, Side.BUY, "0.46", "10").orderId();   // YES at 0.54, newest

        h.gtc("taker", YES, Side.BUY, "0.55", "25");

        assertThat(h.eventsOf(TradeEvent.class).get(0).trade().makerLegs())
                .extracting(MakerLeg::makerOrderId, MakerLeg::sizeMicros)
                .containsExactly(
                        tuple(noBidBetter, p("10")),
                        tuple(directAsk, p("10")),
                        tuple(noBidSame, p("5")));
    }

    @Test
    void sellYesAgainstARestingNoSell_mergesThePairBackIntoCollateral() {
        VenueHarness h = new VenueHarness();
        h.venue.deposit("maker", p("100"));
        h.venue.deposit("taker", p("100"));
        // first mint 10 pairs: taker gets YES, maker gets NO
        h.gtc("maker", NO, Side.BUY, "0.40", "10");
        h.gtc("taker", YES, Side.BUY, "0.60", "10");
        h.clock.advanceTo(h.clock.nowMillis() + 60_000); // mined: the new tokens become spendable
        long takerBefore = h.pusd("taker");
        long makerBefore = h.pusd("maker");
        String noAsk = h.gtc("maker", NO, Side.SELL, "0.42", "10").orderId();

        h.immediate("taker", YES, Side.SELL, "0.50", "10", OrderType.FAK);

        MakerLeg leg = h.eventsOf(TradeEvent.class).stream().map(TradeEvent::trade)
                .filter(t -> t.takerSide() == Side.SELL).findFirst().orElseThrow().makerLegs().get(0);
        assertThat(leg.makerOrderId()).isEqualTo(noAsk);
        assertThat(leg.takerPriceMicros()).isEqualTo(p("0.58"));
        // taker receives 10 × 0.58 = 5.80, maker 10 × 0.42 = 4.20; the vault pays out its 10
        assertThat(h.pusd("taker") - takerBefore).isEqualTo(p("5.8"));
        assertThat(h.pusd("maker") - makerBefore).isEqualTo(p("4.2"));
        assertThat(h.tokens("taker", YES)).isZero();
        assertThat(h.tokens("maker", NO)).isZero();
        assertThat(h.venue.accounts().balance(Accounts.vault(MARKET), Accounts.PUSD)).isZero();
    }
}
