package astra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import astra.backtest.BacktestRun;
import astra.domain.ConditionId;
import astra.runtime.AstraMetrics;
import astra.runtime.ExecutorCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a command stays with the executor (a slow venue), decision cycles place nothing, and the
 * book moves quote on what was last decided. What the rules decide meanwhile still holds for those
 * moves: here every market is vetoed (a reloaded minimum score of 1, the best there is), and no move
 * places an order after that, however long the command stays in flight.
 */
class PermissionsWhileInFlightIT {
    private static final String WORLD = """
            run: {duration: 4m}
            markets: {standalone: 4, negRiskEvents: 0}
            takers: {perMinute: 60}
            closes: {standalone: 0, events: 0}
            ticks: {changes: 0}
            """;

    @TempDir
    Path temp;

    @Test
    @Timeout(150)
    void aVetoDecidedWhileACommandIsInFlight_holdsForTheBookMoves() throws Exception {
        try (E2eBench bench = new E2eBench(temp, WORLD, 5L, Map.of(),
                E2eBench.properties("astra.decision.period-ms", "500"))) {
            BacktestRun run = bench.run("in-flight", v -> { });
            run.start();
            bench.stepFor(run, 30_000);
            AstraMetrics metrics = run.core().metrics();
            assertThat(metrics.count("astra_orders_total", "outcome", "sent")).as("quoting before").isPositive();

            // A cancel the executor never finishes (for a market we do not trade), then a veto on every market.
            run.core().inFlight().handedOver(new ExecutorCommand.Cancel(List.of(), "stuck at the venue"),
                    Set.of(new ConditionId("0xelsewhere")));
            Path policy = bench.rulesDir.resolve("policy.yaml");
            Files.writeString(policy, Files.readString(policy).replace("min-score: 0.30", "min-score: 1.00"));
            assertThat(bench.rules.tryReload(bench.rulesDir).outcome().name()).isEqualTo("LOADED");
            bench.stepFor(run, 1_000); // a cycle decides the veto (and cannot quote)
            double sentAtVeto = metrics.count("astra_orders_total", "outcome", "sent");

            bench.stepFor(run, 60_000);

            assertThat(metrics.count("astra_orders_total", "outcome", "sent"))
                    .as("no order placed under the veto").isEqualTo(sentAtVeto);
            run.stop("end of test");
        }
    }
}
