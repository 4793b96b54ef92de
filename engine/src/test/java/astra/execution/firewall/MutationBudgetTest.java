package astra.execution.firewall;

import static astra.execution.firewall.Fixtures.postOnly;
import static astra.execution.firewall.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ClientOrderId;
import astra.domain.Side;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MutationBudgetTest {

    private static List<OrderRequest> buys(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> request(postOnly(prefix + i, Side.BUY, "0.10", 5))).toList();
    }

    @Test
    void sixtyFirstMutationInsideTheWindow_isRefused_andCounted() {
        Rig rig = Rig.open();

        List<SubmitResult> first = rig.gateway().submit(buys("a", 60));
        rig.clock.advance(Duration.ofSeconds(59));
        List<SubmitResult> over = rig.gateway().submit(buys("b", 1));

        assertThat(first).allSatisfy(r -> assertThat(r).isInstanceOf(SubmitResult.Sent.class));
        assertThat(((Refusal) over.get(0)).code()).isEqualTo(RefusalCode.BUDGET_EXHAUSTED);
        assertThat(((Refusal) over.get(0)).detail()).contains("dropped, not queued");
        assertThat(rig.control().status().budgetRefusals()).isEqualTo(1);
        assertThat(rig.store.find(new ClientOrderId("b0"))).isEmpty();
    }

    @Test
    void onceTheWindowHasRolledPastTheFirstMutations_newOnesAreAllowedAgain() {
        Rig rig = Rig.open();
        rig.gateway().submit(buys("a", 30));
        rig.clock.advance(Duration.ofSeconds(30));
        rig.gateway().submit(buys("b", 30));
        rig.clock.advance(Duration.ofSeconds(29));
        // T0+59: all 60 still count.
        assertThat(rig.gateway().submit(buys("c", 1)).get(0)).isInstanceOf(Refusal.class);

        rig.clock.advance(Duration.ofSeconds(1));
        // T0+60: the first 30 have rolled out, the 30 from T0+30 still count: room for exactly 30.
        List<SubmitResult> next = rig.gateway().submit(buys("d", 31));
        assertThat(next.subList(0, 30)).allSatisfy(r -> assertThat(r).isInstanceOf(SubmitResult.Sent.class));
        assertThat(((Refusal) next.get(30)).code()).isEqualTo(RefusalCode.BUDGET_EXHAUSTED);
    }

    @Test
    void cancels_countAgainstTheBudget() {
        Rig rig = Rig.open(FirewallConfig.DEFAULTS.withMutationBudget(3, Duration.ofSeconds(10)));
        rig.gateway().submit(buys("a", 2));

        CancelResult result = rig.gateway().cancel(
                List.of(new ClientOrderId("a0"), new ClientOrderId("a1")), "requote");

        assertThat(result.cancelled()).containsExactly(new ClientOrderId("a0"));
        assertThat(result.refused()).extracting(Refusal::code).containsExactly(RefusalCode.BUDGET_EXHAUSTED);
    }

    @Test
    void safetyCancelAll_bypassesAnExhaustedBudget_butIsCountedInIt() {
        Rig rig = Rig.open(FirewallConfig.DEFAULTS.withMutationBudget(2, Duration.ofSeconds(10)));
        rig.gateway().submit(buys("a", 2));
        assertThat(rig.control().status().mutationsInWindow()).isEqualTo(2);

        CancelAllReport report = rig.control().cancelAll("kill switch");

        assertThat(report.attempts()).isEqualTo(1);
        assertThat(rig.venue.open).isEmpty();
        assertThat(rig.control().status().mutationsInWindow()).isEqualTo(3);
        assertThat(rig.store.auditSince(Fixtures.T0)).anySatisfy(d -> {
            assertThat(d.reasonCode()).isEqualTo("CANCEL_ALL_CONFIRMED");
            assertThat(d.detail()).contains("budget bypassed");
        });
    }

    @Test
    void aLoweredLimit_appliesToTheNextMutation_andWhatWasSentStillCounts() {
        Rig rig = Rig.open();
        rig.gateway().submit(buys("a", 10));

        rig.control().mutationLimit(12);

        // 10 already in the window: room for exactly 2 under the new limit of 12.
        List<SubmitResult> next = rig.gateway().submit(buys("b", 3));
        assertThat(next.subList(0, 2)).allSatisfy(r -> assertThat(r).isInstanceOf(SubmitResult.Sent.class));
        assertThat(((Refusal) next.get(2)).code()).isEqualTo(RefusalCode.BUDGET_EXHAUSTED);
        assertThat(rig.control().mutationLimit()).isEqualTo(12);
    }

    @Test
    void aRaisedLimit_letsMoreThroughInTheSameWindow() {
        Rig rig = Rig.open(FirewallConfig.DEFAULTS.withMutationBudget(2, Duration.ofSeconds(60)));
        rig.gateway().submit(buys("a", 2));
        assertThat(rig.gateway().submit(buys("b", 1)).get(0)).isInstanceOf(Refusal.class);

        rig.control().mutationLimit(3);

        assertThat(rig.gateway().submit(buys("c", 1)).get(0)).isInstanceOf(SubmitResult.Sent.class);
    }

    @Test
    void aLimitMustBePositive() {
        Rig rig = Rig.open();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rig.control().mutationLimit(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(rig.control().mutationLimit()).isEqualTo(60);
    }

    @Test
    void mutationsInWindow_countsWhatTheStatusCounts_andRollsOutWithTheWindow() {
        Rig rig = Rig.open(FirewallConfig.DEFAULTS.withMutationBudget(5, Duration.ofSeconds(10)));
        rig.gateway().submit(buys("a", 2));
        rig.clock.advance(Duration.ofSeconds(6));
        rig.gateway().submit(buys("b", 1));
        assertThat(rig.control().mutationsInWindow()).isEqualTo(3)
                .isEqualTo(rig.control().status().mutationsInWindow());

        rig.clock.advance(Duration.ofSeconds(4)); // the first two are exactly one window old: rolled out

        assertThat(rig.control().mutationsInWindow()).isEqualTo(1)
                .isEqualTo(rig.control().status().mutationsInWindow());
    }
}
