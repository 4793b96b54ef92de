package astra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import astra.backtest.BacktestRun;
import astra.domain.ConditionId;
import astra.domain.Market;
import astra.execution.firewall.OrderRequest;
import astra.runtime.BookMoved;
import astra.runtime.ExecutorCommand;
import astra.runtime.LatencyProbe;
import astra.simulator.matching.Side;
import astra.simulator.venue.OrderView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Book moves between decision ticks: in a world whose beliefs jump often, a quoted market whose top
 * of book moves is requoted at once, on its own, from what the last cycle decided — and never
 * doubles up with the cycle: no quote slot ever holds two of our orders at the venue.
 */
class BookMoveRequoteIT {
    private static final String JUMPY = """
            run: {duration: 3m, step: 500ms}
            markets: {standalone: 6, negRiskEvents: 0}
            beliefs: {volatility: 3.0, jumps: {perHour: 240, sizeLogit: 0.4}}
            makers: {lag: 1s, requote: 1s}
            takers: {perMinute: 20}
            closes: {standalone: 0, events: 0}
            ticks: {changes: 0}
            """;

    @TempDir
    Path temp;

    /** What the probe saw of each book move decided on its own. */
    private record Reaction(ConditionId market, List<ExecutorCommand> commands) {}

    @Test
    @Timeout(175)
    void aQuotedMarketsBookMove_isRequotedAtOnceForThatMarketAlone_andNoSlotEverHoldsTwoOfOurOrders() throws Exception {
        List<Reaction> reactions = new ArrayList<>();
        List<String> doubled = new ArrayList<>();
        try (E2eBench bench = new E2eBench(temp, JUMPY, 11L, Map.of(), E2eBench.properties(
                "astra.decision.period-ms", "1000", "astra.active-set.max-markets", "6"))) {
            BacktestRun run = bench.run("moves", v -> { });
            run.core().probe(new LatencyProbe() {
                @Override
                public void reacted(BookMoved moved, List<ExecutorCommand> commands, long decidingFromNanos,
                        long nanos) {
                    reactions.add(new Reaction(moved.market().conditionId(), commands));
                }
            });
            run.start();
            long end = bench.world.clock().millis() + 120_000;
            while (bench.world.clock().millis() < end) {
                run.step();
                Map<String, Integer> perSlot = new HashMap<>();
                String owner = astra.runtime.PaperSession.SIMULATOR_CREDENTIALS.key();
                for (OrderView o : bench.world.simulator().onVenue(v -> v.exchange().openOrders(owner))) {
                    perSlot.merge(slot(bench, o), 1, Integer::sum);
                }
                for (Map.Entry<String, Integer> e : perSlot.entrySet()) {
                    if (e.getValue() > 1) {
                        doubled.add(bench.world.clock().instant() + " " + e.getKey() + " x" + e.getValue());
                    }
                }
            }
            run.stop("end of test");
        }
        List<Reaction> ordering = reactions.stream().filter(r -> r.commands().stream()
                .anyMatch(ExecutorCommand.Submit.class::isInstance)).toList();
        assertThat(reactions).as("book moves of quoted markets decided on their own").isNotEmpty();
        assertThat(ordering).as("book moves that requoted their market at once").isNotEmpty();
        for (Reaction r : ordering) {
            for (ExecutorCommand c : r.commands()) {
                if (c instanceof ExecutorCommand.Submit submit) {
                    assertThat(submit.requests()).extracting((OrderRequest o) -> o.market().conditionId())
                            .as("a move's orders are for its own market").containsOnly(r.market());
                }
            }
        }
        assertThat(doubled).as("slots holding two of our orders at the venue").isEmpty();
    }

    /** A resting order's quote slot: its market and whether it bids or offers YES (a NO buy offers YES). */
    private static String slot(E2eBench bench, OrderView o) {
        Market m = bench.world.universe().find(new ConditionId(o.conditionId())).orElseThrow();
        boolean yes = o.request().tokenId().equals(m.yesToken().value());
        boolean buy = o.request().side() == Side.BUY;
        return o.conditionId() + (yes == buy ? " bid" : " ask");
    }
}
