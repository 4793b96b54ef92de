package astra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import astra.backtest.BacktestRun;
import astra.backtest.StepView;
import astra.domain.ClientOrderId;
import astra.runtime.ExecutorCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A re-quote storm: ten volatile markets whose books jump every few seconds, quoted with a
 * one-tick re-quote threshold. The same world without the budget (the control) shows what the
 * loop wants; with the policy's 60 mutations a minute, no rolling minute of venue time carries
 * more, by the firewall's count at every step and by the venue's own record.
 */
class MutationBudgetStormIT {
    private static final String STORM = """
            run: {duration: 3m, step: 500ms}
            markets: {standalone: 10, negRiskEvents: 0}
            beliefs: {volatility: 4.0, jumps: {perHour: 240, sizeLogit: 0.5}}
            makers: {lag: 2s, requote: 1s}
            takers: {perMinute: 30}
            closes: {standalone: 0, events: 0}
            ticks: {changes: 0}
            """;
    private static final long SEED = 5L;
    private static final int BUDGET = 60;
    private static final long MINUTE = 60_000;
    private static final long PERIOD_MS = 500;

    @TempDir
    Path temp;

    @Test
    @Timeout(175)
    void requoteStorm_neverSpendsMoreThanTheBudgetInAnyRollingMinute_thoughTheLoopWantsFarMore() throws Exception {
        // The control: the same world and seed with the budget out of reach, for 30 s of venue time.
        int control = busiest(run("control", "100000", 30_000, false));
        Storm budgeted = run("budgeted", String.valueOf(BUDGET), 90_000, true);
        int venueBusiest = busiest(budgeted);
        String figures = "control's 30 s: " + control + ", budgeted: venue " + venueBusiest + ", firewall peak "
                + budgeted.firewallPeak() + ", store posts " + budgeted.storeBusiestPosts() + ", budget refusals "
                + budgeted.budgetRefusals() + ", busiest 10 s " + VenueMutations.busiestWindow(budgeted.venue(), 10_000);
        LoggerFactory.getLogger(MutationBudgetStormIT.class).info("mutation storm: {}", figures);
        // What the loop asks for in 30 s already exceeds a whole minute's budget by half.
        assertThat(control).as(figures).isGreaterThan(BUDGET * 3 / 2);
        assertThat(venueBusiest).as("the venue's busiest rolling minute of our posts and cancels; " + figures)
                .isLessThanOrEqualTo(BUDGET);
        // The budget is what held the loop back: it ran close to the limit. The loop paces its requotes
        // and posts (BudgetPacer) to stay under it, so the firewall never had to refuse one for want of
        // budget: a spent budget is waited out, not asked again and again.
        assertThat(venueBusiest).as("the budgeted loop used its budget").isGreaterThanOrEqualTo(BUDGET * 3 / 4);
        assertThat(budgeted.firewallPeak()).as(figures).isLessThanOrEqualTo(BUDGET)
                .isGreaterThanOrEqualTo(BUDGET * 3 / 4);
        assertThat(budgeted.budgetRefusals()).as("orders and cancels the firewall refused for want of budget; " + figures)
                .isZero();
        // Paced: the minute's budget is spread over the minute, not spent in its first seconds. A burst
        // of a quarter of the budget, 0.65 a second after it, and the risk cancels, which are not paced.
        assertThat(VenueMutations.busiestWindow(budgeted.venue(), 10_000)).as("the busiest 10 s; " + figures)
                .isLessThanOrEqualTo(BUDGET / 2);
        assertThat(budgeted.storeBusiestPosts()).as("orders recorded in the store in any rolling minute")
                .isLessThanOrEqualTo(BUDGET);
    }

    private record Storm(List<Long> venue, int firewallPeak, int storeBusiestPosts, long budgetRefusals) {}

    private static int busiest(Storm s) {
        return VenueMutations.busiestWindow(s.venue(), MINUTE);
    }

    /** One run of {@code span} venue time; with {@code checkEachStep} the firewall's window is checked each step. */
    private Storm run(String name, String mutationsPerMinute, long span, boolean checkEachStep) throws Exception {
        Path dir = temp.resolve(name);
        try (E2eBench bench = new E2eBench(dir, STORM, SEED, Map.of(
                "mutations-per-minute: 60", "mutations-per-minute: " + mutationsPerMinute,
                "requote-drift-ticks: 2", "requote-drift-ticks: 1"),
                E2eBench.properties("astra.decision.period-ms", String.valueOf(PERIOD_MS),
                        "astra.active-set.max-markets", "10"))) {
            VenueMutations venue = VenueMutations.listen(bench.world);
            BacktestRun run = bench.run(name, v -> { });
            long start = bench.world.clock().millis();
            run.start();
            int peak = 0;
            long refused = 0;
            List<ClientOrderId> submitted = new ArrayList<>();
            while (bench.world.clock().millis() < start + span) {
                StepView view = run.step();
                view.cycle().ifPresent(c -> c.commands().stream()
                        .filter(ExecutorCommand.Submit.class::isInstance).map(ExecutorCommand.Submit.class::cast)
                        .flatMap(sub -> sub.requests().stream())
                        .forEach(r -> submitted.add(r.intent().clientOrderId())));
                int inWindow = view.firewall().mutationsInWindow();
                if (checkEachStep) {
                    assertThat(inWindow).as("firewall's rolling-minute count at %s", view.at())
                            .isLessThanOrEqualTo(BUDGET);
                }
                peak = Math.max(peak, inWindow);
                refused = view.firewall().budgetRefusals();
            }
            List<Long> seen = venue.all(); // before stop(): its cancel-all is a safety cancel, outside the budget
            // Every order the firewall let through was recorded in the store first, stamped with our clock.
            List<Long> recorded = submitted.stream().map(bench.store()::find).flatMap(Optional::stream)
                    .map(o -> o.createdAt().toEpochMilli()).sorted().toList();
            run.stop("end of test");
            return new Storm(seen, peak, VenueMutations.busiestWindow(recorded, MINUTE), refused);
        }
    }
}
