package astra.polymarket.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import astra.domain.TradeStatus;
import astra.domain.Usd;
import astra.polymarket.clob.BookSnapshot;
import astra.polymarket.stream.Eventually;
import astra.polymarket.ws.FillAttribution;
import astra.polymarket.ws.OrderEventType;
import astra.polymarket.ws.OrderMessage;
import astra.polymarket.ws.OurOrders;
import astra.polymarket.ws.TradeMessage;
import astra.polymarket.ws.VenueOrderStatus;
import astra.ports.PreparedOrder;
import astra.ports.SubmitOutcome;
import astra.ports.VenueOrder;
import astra.simulator.matching.OrderRequest;
import astra.simulator.world.ScenarioSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Orders placed, amended (cancel + new order: the venue has no amend) and cancelled over REST, and
 * what the user channel then tells us: order events, and trades that {@link FillAttribution}
 * turns into our fills, MATCHED → MINED → CONFIRMED. Our side is recognised by our address only,
 * so a message that names us in the wrong place would show up as a wrong fill.
 */
@Timeout(60)
class UserChannelFillsIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Two quiet markets and an event; no takers of its own, no failed settlements. */
    private static final ScenarioSettings QUIET = ScenarioSettings.defaults().withCrowd(2, 1, 0.0, 0, 0)
            .toBuilder().settlementFailureRate(0).build();
    private static final String CROWD_TAKER = "crowd-taker";

    private final SimulatedVenue sim = new SimulatedVenue(7, QUIET);
    private final PolymarketVenue venue = sim.venue();
    private final Market market = sim.catalog.require(new ConditionId(sim.plainMarket().conditionId()));
    private final UserChannelTap user = new UserChannelTap(sim, List.of(market.conditionId().value())).start();
    private final OurOrders us = OurOrders.ofAddress(SimulatedVenue.DEV_KEY.address().value());
    private final AtomicInteger ids = new AtomicInteger();

    @AfterEach
    void stop() {
        user.close();
        sim.close();
    }

    @Test
    void placeAmendToTheTop_getHitByACrowdTaker_thenCancelTheRest_allReportedOnTheUserChannel() {
        Instant before = sim.now();
        BookSnapshot yes = sim.clob().book(market.yesToken());
        Price bestBid = yes.bids().get(0).price();
        Price bestAsk = yes.asks().get(0).price();
        // Improve the crowd's best bid by one tick, still below its best ask: we rest at the top.
        Price top = new Price(bestBid.micros() + market.tickSize().micros());
        assertThat(top.isBelow(bestAsk)).as("room inside the spread " + bestBid + "/" + bestAsk).isTrue();
        // The crowd's taker buys NO at 1 − top: 5 shares unless $1 needs more (venue minimum).
        long takerShares = Math.max(5, -Math.floorDiv(-1_000_000L, top.complement().micros()));
        long ourShares = takerShares + 5;

        PreparedOrder first = place(Price.parse("0.02"), ourShares);
        Eventually.within(WAIT, () -> assertThat(user.ordersOf(first.venueId())).extracting(OrderMessage::type)
                .containsExactly(OrderEventType.PLACEMENT));

        // Amend: cancel the old price, place the new one.
        assertThat(venue.cancel(List.of(first.venueId()))).containsExactly(first.venueId());
        PreparedOrder amended = place(top, ourShares);
        assertThat(venue.findOpen(first.venueId())).isEmpty();
        assertThat(venue.openOrders()).containsExactly(new VenueOrder(amended.venueId(), market.conditionId(),
                market.yesToken(), Side.BUY, top, Shares.whole(ourShares), Shares.ZERO));
        Eventually.within(WAIT, () -> {
            assertThat(user.ordersOf(first.venueId())).extracting(OrderMessage::type, OrderMessage::status)
                    .containsExactly(tuple(OrderEventType.PLACEMENT, VenueOrderStatus.LIVE),
                            tuple(OrderEventType.CANCELLATION, VenueOrderStatus.CANCELED));
            assertThat(user.ordersOf(amended.venueId())).extracting(OrderMessage::type, OrderMessage::price)
                    .containsExactly(tuple(OrderEventType.PLACEMENT, top));
        });

        // A crowd taker buys NO at 1 − top: through the venue's mint it matches our YES bid.
        sim.server.onVenue(v -> {
            v.exchange().deposit(CROWD_TAKER, 1_000_000_000L);
            return v.exchange().place(OrderRequest.immediate(CROWD_TAKER, market.noToken().value(),
                    astra.simulator.matching.Side.BUY, top.complement().micros(), takerShares * 1_000_000L,
                    astra.simulator.matching.OrderType.FAK));
        });

        Fill expected = null;
        for (TradeStatus status : List.of(TradeStatus.MATCHED, TradeStatus.MINED, TradeStatus.CONFIRMED)) {
            Eventually.within(WAIT, () -> assertThat(user.trades()).extracting(TradeMessage::status).contains(status));
            TradeMessage trade = user.trades().stream().filter(t -> t.status() == status).findFirst().orElseThrow();
            assertThat(trade.traderSide()).isEqualTo(Liquidity.MAKER);
            assertThat(trade.asset()).as("the taker's token").isEqualTo(market.noToken());
            // As in the captured MAKER message: the top-level address is the taker order's (the
            // simulator names an account without a key by its owner), ours is on our leg only.
            assertThat(trade.makerAddress()).as("the taker's address").contains(CROWD_TAKER);
            List<Fill> fills = new FillAttribution(t -> { throw new AssertionError("we were not the taker"); })
                    .ourFills(trade, us);
            // Our fill is in our own terms: BUY YES at our price, not the taker's BUY NO at 1 − top.
            assertThat(fills).singleElement().satisfies(f -> {
                assertThat(f.orderId()).isEqualTo(amended.venueId());
                assertThat(f.token()).isEqualTo(market.yesToken());
                assertThat(f.side()).isEqualTo(Side.BUY);
                assertThat(f.price()).isEqualTo(top);
                assertThat(f.size()).isEqualTo(Shares.whole(takerShares));
                assertThat(f.liquidity()).isEqualTo(Liquidity.MAKER);
                assertThat(f.fee()).isEqualTo(Usd.ZERO);
                assertThat(f.status()).isEqualTo(status);
            });
            expected = fills.get(0);
            // MATCHED → MINED after 2 s, MINED → CONFIRMED 10 s later (the simulator's timings).
            sim.server.advanceBy(status == TradeStatus.MATCHED ? 2_000 : 10_000);
        }
        assertThat(user.trades()).extracting(TradeMessage::status)
                .containsExactly(TradeStatus.MATCHED, TradeStatus.MINED, TradeStatus.CONFIRMED);
        // The REST path sees the same fill.
        assertThat(venue.fillsSince(before)).containsExactly(expected);

        assertThat(venue.findOpen(amended.venueId())).map(VenueOrder::matched).contains(Shares.whole(takerShares));
        assertThat(venue.cancel(List.of(amended.venueId()))).containsExactly(amended.venueId());
        assertThat(venue.openOrders()).isEmpty();
        Eventually.within(WAIT, () -> assertThat(user.ordersOf(amended.venueId())).extracting(OrderMessage::type)
                .containsExactly(OrderEventType.PLACEMENT, OrderEventType.UPDATE, OrderEventType.CANCELLATION));
        OrderMessage update = user.ordersOf(amended.venueId()).get(1);
        assertThat(update.sizeMatched()).contains(Shares.whole(takerShares));
    }

    @Test
    void crossingBuy_isOurTakerFillOnTheUserChannel_matchedMinedConfirmed_andEqualsTheRestFill() {
        Instant before = sim.now();
        // The crowd only bids; a YES buy at 1 − (best NO bid) crosses that bid through a mint.
        Price crossing = sim.clob().book(market.noToken()).bids().get(0).price().complement();
        PreparedOrder buy = venue.prepare(new OrderIntent(next(), market.conditionId(), market.yesToken(), Side.BUY,
                crossing, Shares.whole(5), market.tickSize(), OrderType.GTC, false, Optional.empty(), "it"));
        assertThat(venue.submit(List.of(buy))).containsExactly(new SubmitOutcome.Accepted(buy.venueId(), true));
        FillAttribution attribution = new FillAttribution(this::feeChargedBySimulator);

        Fill last = null;
        for (TradeStatus status : List.of(TradeStatus.MATCHED, TradeStatus.MINED, TradeStatus.CONFIRMED)) {
            Eventually.within(WAIT, () -> assertThat(user.trades()).extracting(TradeMessage::status).contains(status));
            TradeMessage trade = user.trades().stream().filter(t -> t.status() == status).findFirst().orElseThrow();
            assertThat(trade.traderSide()).isEqualTo(Liquidity.TAKER);
            assertThat(trade.makerAddress()).as("the taker's address: ours")
                    .contains(SimulatedVenue.DEV_KEY.address().value());
            List<Fill> fills = attribution.ourFills(trade, us);
            // Only the taker fill: the maker legs are the crowd's.
            assertThat(fills).singleElement().satisfies(f -> {
                assertThat(f.orderId()).isEqualTo(buy.venueId());
                assertThat(f.liquidity()).isEqualTo(Liquidity.TAKER);
                assertThat(f.token()).isEqualTo(market.yesToken());
                assertThat(f.side()).isEqualTo(Side.BUY);
                assertThat(f.price()).isEqualTo(crossing);
                assertThat(f.size()).isEqualTo(Shares.whole(5));
                assertThat(f.status()).isEqualTo(status);
            });
            last = fills.get(0);
            sim.server.advanceBy(status == TradeStatus.MATCHED ? 2_000 : 10_000);
        }
        // The REST path computes the fee from the market's schedule: it equals what the venue charged.
        assertThat(venue.fillsSince(before)).containsExactly(last);
        assertThat(user.ordersOf(buy.venueId())).extracting(OrderMessage::type).containsExactly(OrderEventType.PLACEMENT);
        assertThat(user.ordersOf(buy.venueId()).get(0).status()).isEqualTo(VenueOrderStatus.MATCHED);
    }

    private Usd feeChargedBySimulator(TradeMessage trade) {
        return new Usd(sim.server.onVenue(v -> v.ledger().tradesOf(SimulatedVenue.CREDENTIALS.key()).stream()
                .filter(e -> e.trade().tradeId().equals(trade.id().value()))
                .findFirst().orElseThrow().trade().takerFeeMicros()));
    }

    private PreparedOrder place(Price price, long shares) {
        PreparedOrder p = venue.prepare(new OrderIntent(next(), market.conditionId(), market.yesToken(), Side.BUY,
                price, Shares.whole(shares), market.tickSize(), OrderType.GTC, true, Optional.empty(), "it"));
        assertThat(venue.submit(List.of(p))).containsExactly(new SubmitOutcome.Accepted(p.venueId(), false));
        return p;
    }

    private ClientOrderId next() {
        return new ClientOrderId("user-it-" + ids.incrementAndGet());
    }
}
