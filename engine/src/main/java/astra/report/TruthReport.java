package astra.report;

import astra.domain.Usd;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The honest account of one trading session, built by {@link TruthReportBuilder}. Maker and taker
 * fills are kept apart throughout; P&L is realized (average cost, fees included) plus unrealized
 * (marked to mid at the session's end); the warnings say what the numbers cannot bear.
 */
public record TruthReport(
        Instant start,
        Instant end,
        Duration bucket,
        Usd bankroll,
        int fillsCounted,
        int fillsFailedExcluded,
        Usd realizedPnl,
        Usd unrealizedPnl,
        LiquidityBreakdown maker,
        LiquidityBreakdown taker,
        Concentration concentration,
        List<EquityPoint> equityCurve,
        Performance performance,
        Performance stressedPerformance,
        CostStress costStress,
        FillRate fillRate,
        List<Gate> gates,
        List<String> warnings,
        List<FillRecord> fills) {

    public TruthReport {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(bankroll, "bankroll");
        Objects.requireNonNull(realizedPnl, "realizedPnl");
        Objects.requireNonNull(unrealizedPnl, "unrealizedPnl");
        Objects.requireNonNull(maker, "maker");
        Objects.requireNonNull(taker, "taker");
        Objects.requireNonNull(concentration, "concentration");
        Objects.requireNonNull(performance, "performance");
        Objects.requireNonNull(stressedPerformance, "stressedPerformance");
        Objects.requireNonNull(costStress, "costStress");
        Objects.requireNonNull(fillRate, "fillRate");
        equityCurve = List.copyOf(equityCurve);
        gates = List.copyOf(gates);
        warnings = List.copyOf(warnings);
        fills = List.copyOf(fills);
    }

    public Usd totalPnl() {
        return realizedPnl.plus(unrealizedPnl);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public BigDecimal bucketsPerYear() {
        return Performance.bucketsPerYear(bucket);
    }

    public Gate gate(String name) {
        return gates.stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no gate named " + name));
    }
}
