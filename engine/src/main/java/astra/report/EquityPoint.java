package astra.report;

import astra.domain.Usd;
import java.time.Instant;
import java.util.Objects;

/**
 * Equity at one bucket boundary: bankroll plus realized P&L plus open positions marked to the
 * latest mid known at that instant; and the same after the Gate A cost stress charged so far.
 */
public record EquityPoint(Instant time, Usd equity, Usd stressedEquity) {
    public EquityPoint {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(equity, "equity");
        Objects.requireNonNull(stressedEquity, "stressedEquity");
    }
}
