package astra.polymarket.venue;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.Liquidity;
import astra.domain.Market;
import astra.domain.OrderIntent;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.polymarket.clob.AmbiguousSubmitResolver;
import astra.polymarket.clob.HeartbeatListener;
import astra.polymarket.clob.Heartbeats;
import astra.polymarket.clob.SubmitResolution;
import astra.polymarket.clob.VenueOrderStatus;
import astra.polymarket.stream.Eventually;
import astra.polymarket.ws.OrderEventType;
import astra.polymarket.ws.OrderMessage;
import astra.ports.PreparedOrder;
import astra.ports.SubmitOutcome;
import astra.ports.VenueOrder;
import astra.simulator.fault.LostResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Order entry under the simulator's faults: lost answers of accepted orders, and lost heartbeats. */
@Timeout(60)
class VenueFaultsIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final AmbiguousSubmitResolver.Settings QUICK_LOOKUPS =
            new AmbiguousSubmitResolver.Settings(3, Duration.ofMillis(50), Duration.ofMinutes(2));

    private final SimulatedVenue sim = new SimulatedVenue();
    private final PolymarketVenue venue = sim.venue();
    private final Market market = sim.catalog.require(new ConditionId(sim.plainMarket().conditionId()));
    private final AmbiguousSubmitResolver resolver =
            new AmbiguousSubmitResolver(sim.clob(), QUICK_LOOKUPS, d -> Thread.sleep(d.toMillis()));
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger ids = new AtomicInteger();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        sim.close();
    }

    @ParameterizedTest
    @EnumSource(LostResponse.class)
    void lostAnswerOfARestingOrder_isAmbiguous_andResolvedLiveByItsHash(LostResponse how) {
        sim.server.faults().loseNextOrderResponses(1, how);
        SignedIntent order = bid(Price.parse("0.02"));
        Instant sentAt = sim.now();

        SubmitOutcome out = venue.submit(List.of(order)).get(0);
        assertThat(out).isInstanceOf(SubmitOutcome.Ambiguous.class);

        SubmitResolution r = resolver.resolve(order.signedOrder(), sentAt);

        // The signed order's EIP-712 hash is the venue's order id: the resolver finds exactly it.
        assertThat(r).isInstanceOfSatisfying(SubmitResolution.Live.class, live -> {
            assertThat(live.orderId()).isEqualTo(order.venueId());
            assertThat(live.order().id()).isEqualTo(order.venueId());
            assertThat(live.order().status()).isEqualTo(VenueOrderStatus.LIVE);
            assertThat(live.order().price()).isEqualTo(Price.parse("0.02"));
        });
        assertThat(venue.openOrders()).extracting(VenueOrder::venueId).containsExactly(order.venueId());
    }

    @Test
    void lostAnswerOfACrossingOrder_isResolvedMatchedWithOurTakerLeg() {
        // The crowd only bids; a YES buy at 1 − (best NO bid) crosses that bid through a mint.
        Price crossing = sim.clob().book(market.noToken()).bids().get(0).price().complement();
        sim.server.faults().loseNextOrderResponses(1, LostResponse.SERVER_ERROR);
        SignedIntent order = venue.prepare(intent(crossing, false));
        Instant sentAt = sim.now();

        assertThat(venue.submit(List.of(order)).get(0)).isInstanceOf(SubmitOutcome.Ambiguous.class);
        SubmitResolution r = resolver.resolve(order.signedOrder(), sentAt);

        assertThat(r).isInstanceOfSatisfying(SubmitResolution.Matched.class, m -> assertThat(m.fills())
                .singleElement().satisfies(leg -> {
                    assertThat(leg.orderId()).isEqualTo(order.venueId());
                    assertThat(leg.liquidity()).isEqualTo(Liquidity.TAKER);
                    assertThat(leg.size()).isEqualTo(Shares.whole(5));
                    assertThat(leg.price()).isEqualTo(crossing);
                }));
        assertThat(venue.openOrders()).isEmpty();
    }

    @Test
    void heartbeatsKeepOrdersAlivePastTheTimeout_andOnceTheyStop_theVenueCancelsEverythingAfterTenSeconds() throws Exception {
        AtomicLong beats = new AtomicLong();
        Heartbeats heartbeats = new Heartbeats(sim.clob(), scheduler, Duration.ofMillis(100), new HeartbeatListener() {
            @Override
            public void onBeat(String heartbeatId) {
                beats.incrementAndGet();
            }

            @Override
            public void onFailure(int consecutiveFailures, long totalFailures, String reason) {
                // counted by Heartbeats itself; asserted below
            }
        });
        try (UserChannelTap user = new UserChannelTap(sim, List.of(market.conditionId().value())).start()) {
            heartbeats.start();
            awaitAFreshBeat(beats);
            PreparedOrder a = place(Price.parse("0.02"));
            PreparedOrder b = place(Price.parse("0.03"));

            // 12 virtual seconds with a beat in every 4 s step: past the 10 s timeout, still alive.
            for (int step = 0; step < 3; step++) {
                sim.server.advanceBy(4_000);
                awaitAFreshBeat(beats);
            }
            assertThat(venue.openOrders()).hasSize(2);

            heartbeats.stop();
            // One thread: once this no-op has run, no beat is in flight or still to come.
            scheduler.submit(() -> { }).get(5, TimeUnit.SECONDS);
            assertThat(heartbeats.totalFailures()).isZero();
            sim.server.advanceBy(9_000);
            assertThat(venue.openOrders()).as("9 s after the last beat").hasSize(2);
            sim.server.advanceBy(2_000);
            assertThat(venue.openOrders()).as("11 s after the last beat").isEmpty();

            Eventually.within(WAIT, () -> {
                for (PreparedOrder p : List.of(a, b)) {
                    assertThat(user.ordersOf(p.venueId())).extracting(OrderMessage::type)
                            .containsExactly(OrderEventType.PLACEMENT, OrderEventType.CANCELLATION);
                    assertThat(user.ordersOf(p.venueId()).get(1).status())
                            .isEqualTo(astra.polymarket.ws.VenueOrderStatus.CANCELED);
                }
            });
        }
    }

    /**
     * Waits for a beat sent after this call began, i.e. at the venue's current virtual time: the
     * second beat from now (the first may have been in flight already).
     */
    private static void awaitAFreshBeat(AtomicLong beats) {
        long seen = beats.get();
        Eventually.within(WAIT, () -> assertThat(beats.get()).isGreaterThan(seen + 1));
    }

    private PreparedOrder place(Price price) {
        PreparedOrder p = bid(price);
        assertThat(venue.submit(List.of(p))).containsExactly(new SubmitOutcome.Accepted(p.venueId(), false));
        return p;
    }

    private SignedIntent bid(Price price) {
        return venue.prepare(intent(price, true));
    }

    private OrderIntent intent(Price price, boolean postOnly) {
        return new OrderIntent(new ClientOrderId("fault-it-" + ids.incrementAndGet()), market.conditionId(),
                market.yesToken(), Side.BUY, price, Shares.whole(5), market.tickSize(), OrderType.GTC, postOnly,
                Optional.empty(), "it");
    }
}
