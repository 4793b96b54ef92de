package astra.execution.firewall;

import static astra.execution.firewall.Fixtures.gtc;
import static astra.execution.firewall.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.ClientOrderId;
import astra.domain.Order;
import astra.domain.OrderStatus;
import astra.domain.Side;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cancel-all, halt and the dead-man heartbeat hook. */
class SafetyTest {

    @Test
    void cancelAll_repeatsUntilTheVenueShowsNoOpenOrder_withDoublingBackoff() {
        Rig rig = Rig.open();
        rig.gateway().submit(List.of(request(gtc("a", Side.BUY, "0.40", 10))));
        rig.venue.cancelAllPassesIgnored = 2;

        CancelAllReport report = rig.control().cancelAll("shutdown");

        assertThat(report.attempts()).isEqualTo(3);
        assertThat(rig.venue.cancelAllCalls).isEqualTo(3);
        assertThat(report.failedPasses()).hasSize(2).allSatisfy(p -> assertThat(p).contains("1 order(s) still open"));
        assertThat(rig.pauses).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(rig.venue.open).isEmpty();
    }

    @Test
    void cancelAll_failsLoudlyAfterTheBound_auditsIt_andKeepsNewOrdersRefused() {
        Rig rig = Rig.open();
        rig.gateway().submit(List.of(request(gtc("a", Side.BUY, "0.40", 10))));
        rig.venue.cancelAllPassesIgnored = 100;

        assertThatThrownBy(() -> rig.control().cancelAll("kill switch"))
                .isInstanceOf(CancelAllFailedException.class)
                .hasMessageContaining("NOT CONFIRMED after 5 attempts")
                .hasMessageContaining("kill switch");

        assertThat(rig.venue.cancelAllCalls).isEqualTo(5);
        assertThat(rig.pauses).hasSize(4);
        assertThat(rig.store.auditSince(Fixtures.T0)).anyMatch(d -> d.reasonCode().equals("CANCEL_ALL_FAILED"));
        assertThat(rig.control().status().lastCancelAllFailure()).isPresent();
        assertThat(rig.control().status().acceptsOrders()).isFalse();
    }

    @Test
    void cancelAll_treatsVenueErrorsAsFailedPasses_andRetries() {
        Rig rig = Rig.open();
        rig.venue.cancelAllThrows = true;

        assertThatThrownBy(() -> rig.control().cancelAll("halt"))
                .isInstanceOf(CancelAllFailedException.class).hasMessageContaining("HTTP 500");
        assertThat(rig.venue.cancelAllCalls).isEqualTo(5);

        rig.venue.cancelAllThrows = false;
        assertThat(rig.control().cancelAll("halt").attempts()).isEqualTo(1);
        assertThat(rig.control().status().lastCancelAllFailure()).isEmpty();
    }

    @Test
    void afterCancelAll_newOrdersWaitForReconciliation_whichSettlesTheStore() {
        Rig rig = Rig.open();
        rig.gateway().submit(List.of(request(gtc("a", Side.BUY, "0.40", 10))));
        rig.control().cancelAll("operator");

        assertThat(((Refusal) rig.gateway().submit(List.of(request(gtc("b", Side.BUY, "0.40", 10)))).get(0)).code())
                .isEqualTo(RefusalCode.NOT_RECONCILED);

        rig.control().reconcile();
        Order a = rig.store.find(new ClientOrderId("a")).orElseThrow();
        assertThat(a.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(rig.store.reservations()).isEmpty();
        assertThat(rig.gateway().submit(List.of(request(gtc("b", Side.BUY, "0.40", 10)))).get(0))
                .isInstanceOf(SubmitResult.Sent.class);
    }

    @Test
    void halt_refusesNewOrdersEvenAfterReconciliation_untilResumed() {
        Rig rig = Rig.open();
        rig.control().halt("kill switch");
        rig.control().reconcile();

        assertThat(((Refusal) rig.gateway().submit(List.of(request(gtc("a", Side.BUY, "0.40", 10)))).get(0)).code())
                .isEqualTo(RefusalCode.HALTED);

        rig.control().resume("operator checked");
        assertThat(rig.gateway().submit(List.of(request(gtc("a", Side.BUY, "0.40", 10)))).get(0))
                .isInstanceOf(SubmitResult.Sent.class);
    }

    @Test
    void resumeRightAfterHalt_stillWaitsForTheReconciliationTheHaltsCancelAllRequires() {
        Rig rig = Rig.open();
        rig.control().halt("operator");
        rig.control().resume("operator");

        assertThat(((Refusal) rig.gateway().submit(List.of(request(gtc("a", Side.BUY, "0.40", 10)))).get(0)).code())
                .isEqualTo(RefusalCode.NOT_RECONCILED);
        rig.control().reconcile();
        assertThat(rig.gateway().submit(List.of(request(gtc("a", Side.BUY, "0.40", 10)))).get(0))
                .isInstanceOf(SubmitResult.Sent.class);
    }

    @Test
    void heartbeatFailure_cancelsAllAndHaltsNewOrders_untilReconciled() {
        Rig rig = Rig.open();
        rig.gateway().submit(List.of(request(gtc("a", Side.BUY, "0.40", 10))));

        rig.handles.deadMan().heartbeatFailed("3 consecutive failures");

        assertThat(rig.venue.cancelAllCalls).isEqualTo(1);
        assertThat(rig.venue.open).isEmpty();
        assertThat(((Refusal) rig.gateway().submit(List.of(request(gtc("b", Side.BUY, "0.40", 10)))).get(0)).code())
                .isEqualTo(RefusalCode.NOT_RECONCILED);
        rig.control().reconcile();
        assertThat(rig.gateway().submit(List.of(request(gtc("b", Side.BUY, "0.40", 10)))).get(0))
                .isInstanceOf(SubmitResult.Sent.class);
    }

    @Test
    void heartbeatFailure_closesTheGateAtOnce_evenBeforeItsCancelAllHasRun() {
        Rig rig = Rig.open();
        List<Runnable> queued = new java.util.ArrayList<>();
        FirewallHandles handles = Firewalls.over(rig.venue, rig.store, () -> rig.balance, rig.clock)
                .pause(rig.pauses::add).safetyExecutor(queued::add).build();
        handles.control().reconcile();

        handles.deadMan().heartbeatFailed("timeout");

        assertThat(queued).hasSize(1);
        assertThat(rig.venue.cancelAllCalls).isZero();
        assertThat(((Refusal) handles.gateway().submit(List.of(request(gtc("b", Side.BUY, "0.40", 10)))).get(0)).code())
                .isEqualTo(RefusalCode.NOT_RECONCILED);
        assertThat(rig.venue.submittedBatches).isEmpty();
    }

    @Test
    void strategyCancel_confirmedByTheVenue_cancelsAndReleases_unconfirmedStaysForReconciliation() {
        Rig rig = Rig.open();
        rig.gateway().submit(List.of(request(gtc("a", Side.BUY, "0.40", 10)), request(gtc("b", Side.BUY, "0.40", 10))));
        rig.venue.refuseToCancel.add(ScriptedVenue.hashOf(new ClientOrderId("b")).value());

        CancelResult result = rig.gateway().cancel(List.of(new ClientOrderId("a"), new ClientOrderId("b"),
                new ClientOrderId("nope")), "requote");

        assertThat(result.cancelled()).containsExactly(new ClientOrderId("a"));
        assertThat(result.unconfirmed()).containsExactly(new ClientOrderId("b"));
        assertThat(result.refused()).extracting(Refusal::code).containsExactly(RefusalCode.UNKNOWN_ORDER);
        assertThat(rig.store.find(new ClientOrderId("b")).orElseThrow().status()).isEqualTo(OrderStatus.LIVE);
        assertThat(rig.store.reservations()).extracting(r -> r.order().value()).containsExactly("b");
    }
}
