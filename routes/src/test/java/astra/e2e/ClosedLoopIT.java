package astra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import astra.backtest.BacktestRun;
import astra.runtime.MakerLoop;
import astra.runtime.MarketSnapshot;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once the session closes the loop, nothing more is decided: the feed gets no slot for a snapshot,
 * and a snapshot or fill still on its way is taken and dropped. Before, a snapshot that arrived
 * after the close ran a whole cycle; at the end of a paper session it waited in the stopped
 * decision route's queue until Camel's shutdown gave up after 5 s and forced every route down.
 */
class ClosedLoopIT {
    @TempDir
    Path temp;

    @Test
    @Timeout(120)
    void aClosedLoop_givesNoSnapshotSlot_andDecidesNothingThatStillArrives() throws Exception {
        try (E2eBench bench = new E2eBench(temp, E2eBench.FIVE_JUMPY_MARKETS, 9L, Map.of(), E2eBench.properties(
                "astra.decision.period-ms", "500", "astra.active-set.max-markets", "5"))) {
            BacktestRun run = bench.run("closed-loop", v -> { });
            run.start();
            bench.stepFor(run, 10_000);
            MakerLoop loop = run.core().loop();
            assertThat(run.core().stats().cycles()).as("cycles before the close").isPositive();
            assertThat(run.core().stats().quotesSent()).as("the loop quoted before the close").isPositive();
            MarketSnapshot late = run.core().marketFeed().snapshot();
            long cycles = run.core().stats().cycles();

            loop.onMessage(MakerLoop.CLOSE);

            assertThat(loop.claimSnapshotSlot()).as("a snapshot slot after the close").isFalse();
            assertThat(loop.onMessage(late)).as("commands for a snapshot that arrived after the close").isEmpty();
            assertThat(run.core().stats().cycles()).as("cycles run after the close").isEqualTo(cycles);
            run.stop("end of test");
        }
    }
}
