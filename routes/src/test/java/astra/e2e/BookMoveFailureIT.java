package astra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import astra.backtest.BacktestRun;
import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.ConditionId;
import astra.domain.Market;
import astra.domain.MarketClocks;
import astra.domain.Price;
import astra.domain.Shares;
import astra.runtime.BookMoved;
import astra.runtime.CycleTrace;
import io.micrometer.core.instrument.Counter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book move the loop cannot decide (here: a market whose close is so far away that its time to
 * close overflows in the quoter) is counted, answered with no command, and leaves the quoting lock
 * free: a move on another thread is decided after it, and the cycles go on.
 */
class BookMoveFailureIT {
    @TempDir
    Path temp;

    @Test
    @Timeout(120)
    void aMoveThatThrows_isCountedAndAnsweredWithNothing_andTheCyclesAfterItStillQuote() throws Exception {
        try (E2eBench bench = new E2eBench(temp, E2eBench.FIVE_JUMPY_MARKETS, 9L, Map.of(), E2eBench.properties(
                "astra.decision.period-ms", "500", "astra.active-set.max-markets", "5"))) {
            BacktestRun run = bench.run("failing-move", v -> { });
            run.start();
            bench.stepFor(run, 10_000);
            CycleTrace before = run.core().loop().lastCycle().orElseThrow();
            ConditionId quoted = before.active().orElseThrow().markets().iterator().next();
            Market real = bench.world.universe().find(quoted).orElseThrow();
            Market farAway = new Market(real.conditionId(), real.yesToken(), real.noToken(), real.negRisk(),
                    real.negRiskMarketId(), real.tickSize(), real.minSize(), real.feeSchedule(), real.protocol(),
                    MarketClocks.closingAt(Instant.MAX));
            Instant now = bench.world.clock().instant();

            AtomicLong latest = new AtomicLong(1);
            BookMoved moved = new BookMoved(farAway, book(real, true, now), book(real, false, now), Optional.empty(),
                    now, 1, latest, System.nanoTime());

            assertThat(run.core().loop().onBookMoved(moved)).as("commands of a move that failed").isEmpty();
            Counter failed = run.core().metrics().registry().find("astra_book_moves_total")
                    .tag("outcome", "failed").counter();
            assertThat(failed).as("the failed-move counter").isNotNull();
            assertThat(failed.count()).isEqualTo(1.0);

            // The quoting lock is free: a move from another thread is decided, not left to a cycle.
            BookMoved sound = new BookMoved(real, book(real, true, now), book(real, false, now), Optional.empty(),
                    now, 2, new AtomicLong(2), System.nanoTime());
            Thread other = new Thread(() -> run.core().loop().onBookMoved(sound));
            other.start();
            other.join(10_000);
            assertThat(run.core().metrics().registry().find("astra_book_moves_total").tag("outcome", "cycle-quoting")
                    .counters()).as("moves that found the lock held").allSatisfy(c -> assertThat(c.count()).isZero());
            assertThat(failed.count()).as("the sound move did not fail").isEqualTo(1.0);

            long cyclesBefore = run.core().stats().cycles();
            bench.stepFor(run, 10_000);
            assertThat(run.core().stats().cycles()).as("cycles after the failed move").isGreaterThan(cyclesBefore);
            run.stop("end of test");
        }
    }

    /** A plain two-sided book around one half for the market's YES or NO token. */
    private static Book book(Market m, boolean yes, Instant at) {
        return new Book(yes ? m.yesToken() : m.noToken(),
                List.of(new BookLevel(Price.parse("0.48"), Shares.whole(100))),
                List.of(new BookLevel(Price.parse("0.52"), Shares.whole(100))), m.tickSize(), 0, at);
    }
}
