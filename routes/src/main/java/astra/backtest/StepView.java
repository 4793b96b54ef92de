package astra.backtest;

import astra.execution.firewall.FirewallStatus;
import astra.runtime.CycleTrace;
import astra.runtime.MarketSnapshot;
import java.time.Instant;
import java.util.Optional;

/**
 * What one backtest step left: the venue time, the books and facts the cycle saw, the cycle's
 * decisions, plans and commands (empty when no cycle ran), and the firewall's state after the
 * commands were executed. For observers: tests, diagnostics.
 */
public record StepView(Instant at, MarketSnapshot snapshot, Optional<CycleTrace> cycle, FirewallStatus firewall) {}
