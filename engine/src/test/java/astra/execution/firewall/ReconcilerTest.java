package astra.execution.firewall;

import static astra.execution.firewall.Fixtures.MARKET_ID;
import static astra.execution.firewall.Fixtures.T0;
import static astra.execution.firewall.Fixtures.YES;
import static astra.execution.firewall.Fixtures.fill;
import static astra.execution.firewall.Fixtures.gtc;
import static astra.execution.firewall.Fixtures.gtd;
import static astra.execution.firewall.Fixtures.postOnly;
import static astra.execution.firewall.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.ClientOrderId;
import astra.domain.Order;
import astra.domain.OrderId;
import astra.domain.OrderIntent;
import astra.domain.OrderStatus;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.Reservation;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import astra.execution.firewall.ScriptedVenue.SubmitOutcomeKind;
import astra.ports.VenueOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReconcilerTest {
    private static final ClientOrderId A = new ClientOrderId("a");

    private static Order order(Rig rig, ClientOrderId id) {
        return rig.store.find(id).orElseThrow();
    }

    private static Rig withAmbiguous(OrderIntent intent) {
        Rig rig = Rig.open();
        rig.venue.outcomes.put(intent.clientOrderId(), SubmitOutcomeKind.AMBIGUOUS);
        rig.gateway().submit(List.of(request(intent)));
        assertThat(order(rig, intent.clientOrderId()).status()).isEqualTo(OrderStatus.UNKNOWN);
        return rig;
    }

    @Test
    void ambiguousSubmit_thatTheVenueShowsOpenByHash_becomesLive() {
        Rig rig = withAmbiguous(gtc("a", Side.BUY, "0.40", 10));
        // The venue did create it although the answer was lost.
        rig.venue.rest(gtc("a", Side.BUY, "0.40", 10), ScriptedVenue.hashOf(A));

        ReconciliationReport report = rig.control().reconcile();

        assertThat(order(rig, A).status()).isEqualTo(OrderStatus.LIVE);
        assertThat(report.count(ReconcileAction.UNKNOWN_NOW_OPEN)).isEqualTo(1);
        assertThat(rig.store.reservations()).hasSize(1);
    }

    @Test
    void ambiguousSubmit_unknownToTheVenue_staysUnknown_andIsAskedAgainNextTime() {
        Rig rig = withAmbiguous(gtc("a", Side.BUY, "0.40", 10));

        ReconciliationReport first = rig.control().reconcile();
        rig.clock.advance(Duration.ofMinutes(10));
        ReconciliationReport second = rig.control().reconcile();

        assertThat(first.count(ReconcileAction.UNKNOWN_STILL_UNKNOWN)).isEqualTo(1);
        assertThat(second.count(ReconcileAction.UNKNOWN_STILL_UNKNOWN)).isEqualTo(1);
        assertThat(order(rig, A).status()).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(rig.store.reservations()).as("its balance stays reserved while it may exist").hasSize(1);
    }

    @Test
    void ambiguousSubmit_whoseFillsCoverItsSize_becomesFilled_andReleases() {
        Rig rig = withAmbiguous(gtc("a", Side.BUY, "0.40", 10));
        OrderId hash = ScriptedVenue.hashOf(A);
        rig.venue.fills.add(fill("t1", hash, Side.BUY, "0.40", 6, T0.plusSeconds(1)));
        rig.venue.fills.add(fill("t2", hash, Side.BUY, "0.40", 4, T0.plusSeconds(2)));

        ReconciliationReport report = rig.control().reconcile();

        assertThat(order(rig, A).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(order(rig, A).filled()).isEqualTo(Shares.whole(10));
        assertThat(report.count(ReconcileAction.FILL_RECORDED)).isEqualTo(2);
        assertThat(report.count(ReconcileAction.UNKNOWN_NOW_FILLED)).isEqualTo(1);
        assertThat(rig.store.reservations()).isEmpty();
        assertThat(rig.store.position(YES).orElseThrow().size()).isEqualTo(Shares.whole(10));
    }

    @Test
    void ambiguousSubmit_partlyFilledAndNotShownOpen_becomesPartiallyFilled_thenCancelledIfStillAbsent() {
        Rig rig = withAmbiguous(gtc("a", Side.BUY, "0.40", 10));
        rig.venue.fills.add(fill("t1", ScriptedVenue.hashOf(A), Side.BUY, "0.40", 4, T0.plusSeconds(1)));

        rig.control().reconcile();
        assertThat(order(rig, A).status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        // The reservation shrinks to the rest, a resting maker's (no fee): 6 of 10 tokens at 0.40 = 2.40,
        // where the submit had reserved 4.072 with a taker's worst fee.
        assertThat(((Reservation.Collateral) rig.store.reservations().get(0)).amount()).isEqualTo(Usd.parse("2.4"));

        rig.control().reconcile();
        assertThat(order(rig, A).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(rig.store.reservations()).isEmpty();
    }

    @Test
    void unknownGtdPastItsExpiration_isExpired_becauseItCannotBeOpenEitherWay() {
        Rig rig = withAmbiguous(gtd("a", T0.plusSeconds(120)));
        rig.clock.advance(Duration.ofSeconds(120));

        ReconciliationReport report = rig.control().reconcile();

        assertThat(order(rig, A).status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(report.count(ReconcileAction.EXPIRED)).isEqualTo(1);
    }

    @Test
    void unknownFok_isClosedOnlyAfterTheSettleDelay() {
        OrderIntent fok = new OrderIntent(A, MARKET_ID, YES, Side.BUY, Price.parse("0.50"), Shares.whole(4),
                TickSize.HUNDREDTH, OrderType.FOK, false, Optional.empty(), "t");
        Rig rig = withAmbiguous(fok);

        rig.clock.advance(Duration.ofSeconds(119));
        assertThat(rig.control().reconcile().count(ReconcileAction.UNKNOWN_STILL_UNKNOWN)).isEqualTo(1);
        rig.clock.advance(Duration.ofSeconds(1));
        assertThat(rig.control().reconcile().count(ReconcileAction.UNKNOWN_IMMEDIATE_CLOSED)).isEqualTo(1);
        assertThat(order(rig, A).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void intentThatNeverGotAVenueId_isRejectedAsNeverSent() {
        Rig rig = new Rig();
        rig.store.recordIntent(Order.recorded(gtc("a", Side.BUY, "0.40", 10), T0));

        ReconciliationReport report = rig.control().reconcile();

        assertThat(order(rig, A).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order(rig, A).statusReason().orElseThrow()).contains("never sent");
        assertThat(report.count(ReconcileAction.NEVER_SENT_REJECTED)).isEqualTo(1);
    }

    @Test
    void signedIntentWithoutSubmitAnswer_isResolvedByHashLikeAnAmbiguousSubmit() {
        Rig rig = new Rig();
        OrderIntent intent = gtc("a", Side.BUY, "0.40", 10);
        rig.store.recordIntent(Order.recorded(intent, T0));
        rig.store.assignVenueId(A, ScriptedVenue.hashOf(A), T0);
        rig.venue.rest(intent, ScriptedVenue.hashOf(A));

        rig.control().reconcile();

        assertThat(order(rig, A).status()).isEqualTo(OrderStatus.LIVE);
    }

    @Test
    void liveOrderGoneFromTheVenue_isCancelledWithItsFillsRecorded() {
        Rig rig = Rig.open();
        rig.gateway().submit(List.of(request(gtc("a", Side.BUY, "0.40", 10))));
        rig.venue.fills.add(fill("t1", ScriptedVenue.hashOf(A), Side.BUY, "0.40", 3, T0.plusSeconds(5)));
        rig.venue.open.clear();

        ReconciliationReport report = rig.control().reconcile();

        Order a = order(rig, A);
        assertThat(a.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(a.filled()).isEqualTo(Shares.whole(3));
        assertThat(report.count(ReconcileAction.CANCELLED)).isEqualTo(1);
        assertThat(rig.store.reservations()).isEmpty();
    }

    @Test
    void liveOrderFilledCompletely_becomesFilled() {
        Rig rig = Rig.open();
        rig.gateway().submit(List.of(request(gtc("a", Side.BUY, "0.40", 10))));
        rig.venue.fills.add(fill("t1", ScriptedVenue.hashOf(A), Side.BUY, "0.40", 10, T0.plusSeconds(5)));
        rig.venue.open.clear();

        assertThat(rig.control().reconcile().count(ReconcileAction.FILLED)).isEqualTo(1);
        assertThat(order(rig, A).status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void liveGtdGonePastItsExpiration_isExpired_notCancelled() {
        Rig rig = Rig.open();
        rig.gateway().submit(List.of(request(gtd("a", T0.plusSeconds(100)))));
        rig.clock.advance(Duration.ofSeconds(100));
        rig.venue.open.clear();

        rig.control().reconcile();

        assertThat(order(rig, A).status()).isEqualTo(OrderStatus.EXPIRED);
    }

    @Test
    void liveOrderStillOpenWithAFill_becomesPartiallyFilled() {
        Rig rig = Rig.open();
        rig.gateway().submit(List.of(request(gtc("a", Side.BUY, "0.40", 10))));
        rig.venue.fills.add(fill("t1", ScriptedVenue.hashOf(A), Side.BUY, "0.40", 5, T0.plusSeconds(5)));

        assertThat(rig.control().reconcile().count(ReconcileAction.PARTIALLY_FILLED)).isEqualTo(1);
        assertThat(order(rig, A).status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
    }

    @Test
    void fills_areRecordedOnce_howeverOftenReconciliationSeesThem_andStatusChangesAreApplied() {
        Rig rig = Rig.open();
        rig.gateway().submit(List.of(request(gtc("a", Side.BUY, "0.40", 10))));
        astra.domain.Fill f = fill("t1", ScriptedVenue.hashOf(A), Side.BUY, "0.40", 5, T0.plusSeconds(5));
        rig.venue.fills.add(f);

        ReconciliationReport first = rig.control().reconcile();
        assertThat(first.count(ReconcileAction.FILL_RECORDED)).isEqualTo(1);
        assertThat(first.recordedFills()).as("handed on to whoever follows our fills").containsExactly(f);
        ReconciliationReport second = rig.control().reconcile();
        assertThat(second.count(ReconcileAction.FILL_RECORDED)).isZero();
        assertThat(second.recordedFills()).isEmpty();
        rig.venue.fills.set(0, f.withStatus(TradeStatus.FAILED));
        ReconciliationReport third = rig.control().reconcile();

        assertThat(third.count(ReconcileAction.FILL_STATUS_UPDATED)).isEqualTo(1);
        assertThat(rig.store.fills()).hasSize(1);
        assertThat(order(rig, A).filled()).isEqualTo(Shares.ZERO);
        assertThat(order(rig, A).status()).as("a failed trade undoes the match").isEqualTo(OrderStatus.LIVE);
    }

    @Test
    void aPartlyFilledOrder_reservesWhatItsRestNeeds_howeverOftenItIsReconciled() {
        Rig rig = Rig.open();
        reconciledAfterAFill(rig, postOnly("a", Side.BUY, "0.40", 10), 5);

        rig.control().reconcile();
        rig.control().reconcile();

        // 5 of 10 left at 0.40, a maker: 2.00, not halved again at every pass.
        assertThat(rig.store.reservedCollateral(MARKET_ID)).isEqualTo(astra.domain.Usd.parse("2"));
    }

    @Test
    void aPartFillUndoneByAFailedTrade_givesTheOrderItsWholeReservationBack() {
        Rig rig = Rig.open();
        astra.domain.Fill f = reconciledAfterAFill(rig, postOnly("a", Side.BUY, "0.40", 10), 5);
        assertThat(rig.store.reservedCollateral(MARKET_ID)).isEqualTo(astra.domain.Usd.parse("2"));

        rig.venue.fills.set(0, f.withStatus(TradeStatus.FAILED));
        rig.control().reconcile();

        assertThat(order(rig, A).status()).isEqualTo(OrderStatus.LIVE);
        assertThat(rig.store.reservedCollateral(MARKET_ID)).isEqualTo(astra.domain.Usd.parse("4"));
    }

    @Test
    void anOrderReopenedByAFailedTrade_reservesItsRestAgain() {
        Rig rig = Rig.open();
        astra.domain.Fill f = reconciledAfterAFill(rig, gtc("a", Side.BUY, "0.40", 10), 10);
        assertThat(order(rig, A).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(rig.store.reservations()).as("filled in full, released").isEmpty();

        rig.venue.fills.set(0, f.withStatus(TradeStatus.FAILED)); // the venue has it resting again
        rig.control().reconcile();

        assertThat(order(rig, A).status()).isEqualTo(OrderStatus.LIVE);
        // Resting from here on, a maker: 10 × 0.40, no taker fee.
        assertThat(rig.store.reservedCollateral(MARKET_ID)).isEqualTo(astra.domain.Usd.parse("4"));
    }

    /** Submits a buy at 0.40, has the venue report a fill of {@code size} of it, and reconciles once. */
    private static astra.domain.Fill reconciledAfterAFill(Rig rig, OrderIntent buy, int size) {
        rig.gateway().submit(List.of(request(buy)));
        astra.domain.Fill f = fill("t1", ScriptedVenue.hashOf(buy.clientOrderId()), Side.BUY, "0.40", size,
                T0.plusSeconds(5));
        rig.venue.fills.add(f);
        rig.control().reconcile();
        return f;
    }

    @Test
    void aBuyAndTheSellOfItsTokens_bothFailed_areBothTaken_whateverOrderTheVenueListsThemIn() {
        Rig rig = Rig.open();
        List<astra.domain.Fill> bought = boughtThenSold(rig);
        rig.venue.fills.set(0, bought.get(0).withStatus(TradeStatus.FAILED)); // listed first, needed by the sell
        rig.venue.fills.set(1, bought.get(1).withStatus(TradeStatus.FAILED));

        ReconciliationReport report = rig.control().reconcile();

        assertThat(report.count(ReconcileAction.FILL_STATUS_UPDATED)).isEqualTo(2);
        assertThat(report.count(ReconcileAction.FILL_REFUSED)).isZero();
        assertThat(rig.store.position(YES)).isEmpty();
        assertThat(rig.control().status().acceptsOrders()).isTrue();
    }

    @Test
    void aFillTheStoreRefuses_isCountedAndAudited_theRestOfThePassGoesOn_andNewOrdersAreRefused() {
        Rig rig = Rig.open();
        List<astra.domain.Fill> bought = boughtThenSold(rig);
        rig.gateway().submit(List.of(request(gtc("b", Side.BUY, "0.30", 5))));
        rig.venue.fills.set(0, bought.get(0).withStatus(TradeStatus.FAILED)); // the sell stays: refused
        rig.venue.fills.add(fill("t3", ScriptedVenue.hashOf(new ClientOrderId("b")), Side.BUY, "0.30", 5,
                T0.plusSeconds(9)));

        ReconciliationReport report = rig.control().reconcile();

        assertThat(report.count(ReconcileAction.FILL_REFUSED)).isEqualTo(1);
        assertThat(report.count(ReconcileAction.FILL_RECORDED)).as("the pass went on").isEqualTo(1);
        assertThat(report.clean()).isFalse();
        assertThat(rig.store.auditSince(T0)).anyMatch(d -> d.reasonCode().equals("FILL_REFUSED"));
        assertThat(rig.control().status().acceptsOrders()).as("the store no longer describes the venue").isFalse();
    }

    @Test
    void aReconciliationThatFails_refusesNewOrders_untilOneSucceeds() {
        Rig rig = Rig.open();
        rig.venue.openOrdersThrows = true;

        assertThatThrownBy(() -> rig.control().reconcile()).hasMessageContaining("HTTP 502");
        assertThat(rig.control().status().acceptsOrders()).isFalse();

        rig.venue.openOrdersThrows = false;
        rig.control().reconcile();
        assertThat(rig.control().status().acceptsOrders()).isTrue();
    }

    /** A buy of 10 YES filled, then a sell of the 10: both reconciled in, the venue listing the buy first. */
    private static List<astra.domain.Fill> boughtThenSold(Rig rig) {
        rig.gateway().submit(List.of(request(gtc("a", Side.BUY, "0.40", 10))));
        rig.venue.fills.add(fill("t1", ScriptedVenue.hashOf(A), Side.BUY, "0.40", 10, T0.plusSeconds(5)));
        rig.control().reconcile();
        rig.gateway().submit(List.of(request(gtc("s", Side.SELL, "0.60", 10))));
        rig.venue.fills.add(fill("t2", ScriptedVenue.hashOf(new ClientOrderId("s")), Side.SELL, "0.60", 10,
                T0.plusSeconds(6)));
        rig.control().reconcile();
        assertThat(rig.store.fills()).hasSize(2);
        return List.copyOf(rig.venue.fills);
    }

    @Test
    void anOrderTheStoreClosedButTheVenueShowsOpen_isCancelled_evenWhenOrphansAreAdopted() {
        Rig rig = Rig.open(FirewallConfig.DEFAULTS.withOrphanPolicy(OrphanPolicy.ADOPT));
        rig.gateway().submit(List.of(request(gtc("a", Side.BUY, "0.40", 10))));
        // Closed as gone before its fill was seen; that fill's trade then FAILED and the venue has it resting.
        rig.store.transition(A, OrderStatus.CANCELLED, T0, java.util.Optional.of("no longer open"));
        assertThat(rig.venue.open).hasSize(1);

        ReconciliationReport report = rig.control().reconcile();

        assertThat(report.count(ReconcileAction.ORPHAN_CANCELLED)).isEqualTo(1);
        assertThat(report.count(ReconcileAction.ORPHAN_ADOPTED)).isZero();
        assertThat(rig.venue.open).isEmpty();
        assertThat(order(rig, A).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void orphanOpenOnTheVenue_isCancelledByDefault_andAudited() {
        Rig rig = new Rig();
        OrderId stray = new OrderId("0xstray");
        rig.venue.open.put(stray.value(), new VenueOrder(stray, MARKET_ID, YES, Side.BUY, Price.parse("0.30"),
                Shares.whole(10), Shares.ZERO));

        ReconciliationReport report = rig.control().reconcile();

        assertThat(report.count(ReconcileAction.ORPHAN_CANCELLED)).isEqualTo(1);
        assertThat(rig.venue.open).isEmpty();
        assertThat(rig.store.auditSince(T0)).anySatisfy(d -> {
            assertThat(d.reasonCode()).isEqualTo("ORPHAN_CANCELLED");
            assertThat(d.detail()).contains("0xstray");
        });
        assertThat(rig.control().status().acceptsOrders()).isTrue();
    }

    @Test
    void orphanWhoseCancelIsNotConfirmed_keepsTheGateClosed() {
        Rig rig = new Rig();
        OrderId stray = new OrderId("0xstray");
        rig.venue.open.put(stray.value(), new VenueOrder(stray, MARKET_ID, YES, Side.BUY, Price.parse("0.30"),
                Shares.whole(10), Shares.ZERO));
        rig.venue.refuseToCancel.add(stray.value());

        ReconciliationReport report = rig.control().reconcile();

        assertThat(report.clean()).isFalse();
        assertThat(report.count(ReconcileAction.ORPHAN_CANCEL_UNCONFIRMED)).isEqualTo(1);
        assertThat(rig.control().status().acceptsOrders()).isFalse();
    }

    @Test
    void orphan_isAdoptedWhenConfigured_withItsFillsAndAReservationForTheRest() {
        Rig rig = new Rig(FirewallConfig.DEFAULTS.withOrphanPolicy(OrphanPolicy.ADOPT));
        OrderId stray = new OrderId("0xstray");
        rig.venue.open.put(stray.value(), new VenueOrder(stray, MARKET_ID, YES, Side.BUY, Price.parse("0.30"),
                Shares.whole(10), Shares.whole(2)));
        rig.venue.fills.add(fill("t1", stray, Side.BUY, "0.30", 2, T0.minusSeconds(30)));

        ReconciliationReport report = rig.control().reconcile();

        Order adopted = rig.store.findByVenueId(stray).orElseThrow();
        assertThat(report.count(ReconcileAction.ORPHAN_ADOPTED)).isEqualTo(1);
        assertThat(adopted.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(adopted.filled()).isEqualTo(Shares.whole(2));
        // 10 × 0.30 = 3.00 committed, no fee (it rests); the 8 left need 3.00 × 8 / 10 = 2.40.
        assertThat(rig.store.reservedCollateral(MARKET_ID)).isEqualTo(Usd.parse("2.4"));
        assertThat(rig.venue.open).containsKey("0xstray");
    }

    @Test
    void reconciliation_isAudited_withItsCounts() {
        Rig rig = Rig.open();
        rig.gateway().submit(List.of(request(gtc("a", Side.BUY, "0.40", 10))));
        rig.venue.open.clear();

        rig.control().reconcile();

        assertThat(rig.store.auditSince(T0)).filteredOn(d -> d.reasonCode().equals("RECONCILED"))
                .last().satisfies(d -> assertThat(d.detail()).contains("CANCELLED=1").contains("gate open"));
    }

    @Test
    void heartbeatFailureDuringAReconciliation_keepsTheGateClosed() {
        Rig rig = new Rig();
        // The venue's read comes back while the heartbeat thread reports a failure.
        ScriptedVenue venue = rig.venue;
        FirewallHandles[] handles = new FirewallHandles[1];
        List<Runnable> deferred = new java.util.ArrayList<>();
        handles[0] = Firewalls.over(new DelegatingVenue(venue) {
            @Override
            public List<astra.domain.Fill> fillsSince(Instant since) {
                handles[0].deadMan().heartbeatFailed("timeout");
                return super.fillsSince(since);
            }
        }, rig.store, () -> rig.balance, rig.clock).pause(d -> { }).safetyExecutor(deferred::add).build();

        handles[0].control().reconcile();

        assertThat(handles[0].control().status().acceptsOrders()).isFalse();
        assertThat(deferred).hasSize(1);
    }
}
