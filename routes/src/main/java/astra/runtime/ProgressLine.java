package astra.runtime;

import astra.ports.OrderStore;
import astra.rules.LiveRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The one-line progress a session prints: markets, quotes, fills, P&L marked to mid, rules version, feed age. */
public final class ProgressLine {
    private ProgressLine() {}

    /** Elapsed time is on the session's clock: wall time for paper, venue time for a backtest. */
    public static String of(TradingCore core, OrderStore store, LiveRules rules, Instant start, Clock clock) {
        SessionStats s = core.stats();
        long elapsed = Duration.between(start, clock.instant()).toSeconds();
        return String.format("[%3ds] markets %s  quotes %d  cancels %d  refused %d  fills %d  P&L %s  rules %s  "
                        + "feed age %d ms", elapsed, s.activeMarkets(), s.quotesSent(), s.cancels(), s.refusals(),
                store.fills().size(), SessionReport.pnl(store.positions(), core.tape().last()).toPlainString(),
                shortVersion(rules.current().version().id()), core.feeds().marketDataAge().toMillis());
    }

    private static String shortVersion(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
