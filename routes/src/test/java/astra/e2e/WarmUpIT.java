package astra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import astra.backtest.BacktestRun;
import astra.domain.OrderIntent;
import astra.execution.firewall.OrderRequest;
import astra.runtime.BookMoved;
import astra.runtime.ExecutorCommand;
import astra.runtime.LatencyProbe;
import astra.runtime.MarketSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quoting path's warm-up before a session, and its keep-warm rounds between frames, leave no
 * trace: the same world run with and without them sends the very same orders and cancels, ids
 * included (their requests use no order sequence number, spend no budget and put nothing in flight).
 */
class WarmUpIT {
    @TempDir
    Path temp;

    @Test
    @Timeout(250)
    void aSessionWarmedUpFirst_sendsExactlyWhatAColdSessionSends() throws Exception {
        List<String> cold = session(temp.resolve("cold"), 0, false);
        List<String> warm = session(temp.resolve("warm"), 4_000, false);
        List<String> keptWarm = session(temp.resolve("kept-warm"), 0, true);

        assertThat(cold).as("what the cold session sent").anyMatch(c -> c.startsWith("submit"));
        assertThat(cold).as("what the cold session sent").anyMatch(c -> c.startsWith("cancel"));
        assertThat(warm).as("what the warmed-up session sent, in order").containsExactlyElementsOf(cold);
        assertThat(keptWarm).as("what the session kept warm between steps sent, in order")
                .containsExactlyElementsOf(cold);
    }

    /** Every command of a 60 s backtest, cycles' and book moves', in the order they came out. */
    private static List<String> session(Path dir, int warmUpRounds, boolean keepWarm) throws Exception {
        List<String> sent = new ArrayList<>();
        try (E2eBench bench = new E2eBench(dir, E2eBench.FIVE_JUMPY_MARKETS, 21L, Map.of(), E2eBench.properties(
                "astra.decision.period-ms", "500", "astra.active-set.max-markets", "5"))) {
            BacktestRun run = bench.run("warm-up", v -> { });
            run.core().probe(new LatencyProbe() {
                @Override
                public void commandsOut(MarketSnapshot snapshot, List<ExecutorCommand> commands, long nanos) {
                    commands.forEach(c -> sent.add(describe(c)));
                }

                @Override
                public void reacted(BookMoved moved, List<ExecutorCommand> commands, long decidingFromNanos,
                        long nanos) {
                    commands.forEach(c -> sent.add(describe(c)));
                }
            });
            run.core().loop().warmUp(warmUpRounds);
            run.start();
            long end = bench.world.clock().millis() + 60_000;
            while (bench.world.clock().millis() < end) {
                run.step();
                if (keepWarm) {
                    run.core().loop().keepWarm(Duration.ofNanos(1)); // a round after every step
                }
            }
            run.stop("end of test");
        }
        return sent;
    }

    private static String describe(ExecutorCommand c) {
        if (c instanceof ExecutorCommand.Submit submit) {
            StringBuilder s = new StringBuilder("submit");
            for (OrderRequest r : submit.requests()) {
                OrderIntent i = r.intent();
                s.append(' ').append(i.clientOrderId().value()).append(' ').append(i.token().value()).append(' ')
                        .append(i.side()).append(' ').append(i.price()).append(' ').append(i.size())
                        .append(' ').append(i.expirationUnixSeconds());
            }
            return s.toString();
        }
        if (c instanceof ExecutorCommand.Cancel cancel) {
            return "cancel " + cancel.orders();
        }
        return c.toString();
    }
}
