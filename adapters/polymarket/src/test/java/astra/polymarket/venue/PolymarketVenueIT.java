package astra.polymarket.venue;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.Liquidity;
import astra.domain.Market;
import astra.domain.OrderId;
import astra.domain.OrderIntent;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.Usd;
import astra.execution.GtdExpiry;
import astra.polymarket.gamma.HeldPosition;
import astra.polymarket.gamma.PositionsClient;
import astra.polymarket.rest.RestSettings;
import astra.ports.PreparedOrder;
import astra.ports.SubmitOutcome;
import astra.ports.VenueOrder;
import astra.simulator.fault.LostResponse;
import astra.simulator.matching.MarketSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class PolymarketVenueIT {
    private final SimulatedVenue sim = new SimulatedVenue();
    private final PolymarketVenue venue = sim.venue();
    private final AtomicInteger ids = new AtomicInteger();

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void postOnlyGtd_isAcceptedAndListedOpenUnderItsHash() {
        Market m = market(sim.plainMarket());
        Instant expires = new GtdExpiry(sim.clock).forLifetime(Duration.ofMinutes(5)).expiresAt();
        OrderIntent intent = new OrderIntent(next(), m.conditionId(), m.yesToken(), Side.BUY, Price.parse("0.02"),
                Shares.whole(5), m.tickSize(), OrderType.GTD, true, Optional.of(expires), "it");

        PreparedOrder prepared = venue.prepare(intent);
        List<SubmitOutcome> out = venue.submit(List.of(prepared));

        assertThat(out).containsExactly(new SubmitOutcome.Accepted(prepared.venueId(), false));
        assertThat(venue.openOrders()).containsExactly(new VenueOrder(prepared.venueId(), m.conditionId(),
                m.yesToken(), Side.BUY, Price.parse("0.02"), Shares.whole(5), Shares.ZERO));
        assertThat(venue.findOpen(prepared.venueId())).isPresent();
    }

    @Test
    void batchOfThree_isAnsweredInOrder_andCancelTakesOneOff() {
        Market m = market(sim.plainMarket());
        List<PreparedOrder> batch = List.of(venue.prepare(bid(m, "0.02")), venue.prepare(bid(m, "0.03")),
                venue.prepare(bid(m, "0.04")));

        List<SubmitOutcome> out = venue.submit(batch);

        assertThat(out).extracting(SubmitOutcome::venueId)
                .containsExactly(batch.get(0).venueId(), batch.get(1).venueId(), batch.get(2).venueId());
        assertThat(out).allMatch(o -> o instanceof SubmitOutcome.Accepted);
        assertThat(venue.openOrders()).extracting(VenueOrder::venueId)
                .containsExactlyInAnyOrder(batch.get(0).venueId(), batch.get(1).venueId(), batch.get(2).venueId());

        OrderId first = batch.get(0).venueId();
        assertThat(venue.cancel(List.of(first))).containsExactly(first);
        assertThat(venue.openOrders()).extracting(VenueOrder::venueId).doesNotContain(first).hasSize(2);
        assertThat(venue.findOpen(first)).isEmpty();

        venue.cancelMarket(m.conditionId());
        assertThat(venue.openOrders()).isEmpty();
    }

    @Test
    void cancelAll_leavesNothingOpen() {
        Market plain = market(sim.plainMarket());
        Market negRisk = market(sim.negRiskMarket());
        venue.submit(List.of(venue.prepare(bid(plain, "0.02")), venue.prepare(bid(negRisk, "0.02"))));
        assertThat(venue.openOrders()).hasSize(2);

        venue.cancelAll();

        assertThat(venue.openOrders()).isEmpty();
    }

    @Test
    void crossingBuy_isMatchedOnEntry_andFillsSinceReturnsOurTakerFillWithTheVenuesFee() {
        MarketSpec spec = sim.plainMarket();
        Market m = market(spec);
        Instant before = sim.now();
        // The crowd only bids; a YES buy at 1 − (best NO bid) crosses that bid through a mint.
        Price bestNoBid = sim.clob().book(m.noToken()).bids().get(0).price();
        Price crossing = bestNoBid.complement();
        OrderIntent buy = new OrderIntent(next(), m.conditionId(), m.yesToken(), Side.BUY, crossing,
                Shares.whole(5), m.tickSize(), OrderType.GTC, false, Optional.empty(), "it");

        PreparedOrder prepared = venue.prepare(buy);
        assertThat(venue.submit(List.of(prepared))).containsExactly(new SubmitOutcome.Accepted(prepared.venueId(), true));

        List<Fill> fills = venue.fillsSince(before);
        assertThat(fills).hasSize(1);
        Fill f = fills.get(0);
        assertThat(f.orderId()).isEqualTo(prepared.venueId());
        assertThat(f.liquidity()).isEqualTo(Liquidity.TAKER);
        assertThat(f.token()).isEqualTo(m.yesToken());
        assertThat(f.side()).isEqualTo(Side.BUY);
        assertThat(f.size()).isEqualTo(Shares.whole(5));
        assertThat(f.price()).isEqualTo(crossing);
        // The fee computed here from Gamma's schedule equals what the simulator's matcher charged.
        long charged = sim.server.onVenue(v -> v.ledger().tradesOf(SimulatedVenue.CREDENTIALS.key()).get(0)
                .trade().takerFeeMicros());
        assertThat(f.fee()).isEqualTo(new Usd(charged));
        assertThat(spec.fees().rateMicros() == 0 || charged > 0).isTrue();

        List<HeldPosition> held = PositionsClient.create(RestSettings.defaults(sim.baseUri()))
                .positions(SimulatedVenue.DEV_KEY.address(), e -> { throw e; });
        assertThat(held).anyMatch(p -> p.token().equals(m.yesToken()) && p.size().equals(Shares.whole(5)));
    }

    @Test
    void negRiskMarket_signedForTheNegRiskExchange_isAccepted_butForcedToThePlainExchangeIsRefused() {
        Market m = market(sim.negRiskMarket());
        assertThat(m.negRisk()).isTrue();
        PreparedOrder right = venue.prepare(bid(m, "0.02"));
        assertThat(venue.submit(List.of(right))).containsExactly(new SubmitOutcome.Accepted(right.venueId(), false));

        // A directory that wrongly calls the market plain: the signature is for the wrong exchange.
        MarketDirectory wrong = id -> sim.catalog.market(id).map(PolymarketVenueIT::withoutNegRisk);
        PolymarketVenue misled = sim.venue(wrong);
        PreparedOrder bad = misled.prepare(bid(m, "0.03"));

        SubmitOutcome out = misled.submit(List.of(bad)).get(0);

        assertThat(out).isInstanceOf(SubmitOutcome.Rejected.class);
        assertThat(((SubmitOutcome.Rejected) out).reason()).contains("invalid signature");
        assertThat(venue.findOpen(bad.venueId())).isEmpty();
    }

    @Test
    void lostAnswerOfAnAcceptedOrder_isAmbiguous_andFindOpenThenFindsIt() {
        Market m = market(sim.plainMarket());
        sim.server.faults().loseNextOrderResponses(1, LostResponse.SERVER_ERROR);
        PreparedOrder p = venue.prepare(bid(m, "0.02"));

        SubmitOutcome out = venue.submit(List.of(p)).get(0);

        assertThat(out).isInstanceOf(SubmitOutcome.Ambiguous.class);
        assertThat(out.venueId()).isEqualTo(p.venueId());
        assertThat(venue.findOpen(p.venueId())).map(VenueOrder::venueId).contains(p.venueId());
    }

    @Test
    void closedConnectionOnABatch_isAmbiguousForEveryOrderOfIt() {
        Market m = market(sim.plainMarket());
        sim.server.faults().loseNextOrderResponses(1, LostResponse.CLOSE_CONNECTION);
        List<PreparedOrder> batch = List.of(venue.prepare(bid(m, "0.02")), venue.prepare(bid(m, "0.03")));

        List<SubmitOutcome> out = venue.submit(batch);

        assertThat(out).hasSize(2).allMatch(o -> o instanceof SubmitOutcome.Ambiguous);
        assertThat(venue.findOpen(batch.get(1).venueId())).isPresent();
    }

    private Market market(MarketSpec spec) {
        return sim.catalog.require(new ConditionId(spec.conditionId()));
    }

    private OrderIntent bid(Market m, String price) {
        return new OrderIntent(next(), m.conditionId(), m.yesToken(), Side.BUY, Price.parse(price), Shares.whole(5),
                m.tickSize(), OrderType.GTC, true, Optional.empty(), "it");
    }

    private ClientOrderId next() {
        return new ClientOrderId("it-" + ids.incrementAndGet());
    }

    private static Market withoutNegRisk(Market m) {
        return new Market(m.conditionId(), m.yesToken(), m.noToken(), false, Optional.empty(), m.tickSize(),
                m.minSize(), m.feeSchedule(), m.protocol(), m.clocks());
    }
}
