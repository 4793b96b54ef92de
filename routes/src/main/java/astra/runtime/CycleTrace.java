package astra.runtime;

import astra.domain.Book;
import astra.domain.ConditionId;
import astra.domain.Price;
import astra.rules.MarketDecisions;
import astra.runtime.parity.ParityCycle;
import astra.strategy.Inventory;
import astra.strategy.quote.QuotePlan;
import astra.strategy.select.ActiveSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one decision cycle saw and chose: the rules' decisions, the active set, and per quoted
 * market the quoter's plan with the inventory it was made for, the commands handed to the
 * executor, and the parity verdicts and opportunities recorded (never traded). Kept for the last
 * cycle only, for tests, the backtest's observers and diagnostics.
 */
public record CycleTrace(Instant at, MarketDecisions decisions, Optional<ActiveSet> active,
        Map<ConditionId, Quoted> plans, List<ExecutorCommand> commands, ParityCycle parity) {
    public CycleTrace {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(decisions, "decisions");
        Objects.requireNonNull(active, "active");
        plans = Map.copyOf(plans);
        commands = List.copyOf(commands);
        Objects.requireNonNull(parity, "parity");
    }

    /** A cycle that looked at no parity candidate. */
    public CycleTrace(Instant at, MarketDecisions decisions, Optional<ActiveSet> active,
            Map<ConditionId, Quoted> plans, List<ExecutorCommand> commands) {
        this(at, decisions, active, plans, commands, ParityCycle.NONE);
    }

    /**
     * The quoter's plan for one market and what it was made around: the inventory, the mid, and the
     * YES book less our own orders that fair value read ({@link astra.strategy.quote.OthersBook}).
     */
    public record Quoted(QuotePlan plan, Inventory inventory, Optional<Price> mid, Book othersYes) {}
}
