package astra.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates Gates A, B and C criterion by criterion. Directions: "at least" is ≥, "below" is
 * strict <, "above" is strict >, "within" is ≤. A criterion that rests on a Sharpe from fewer than
 * {@link GateThresholds#minBucketsForSharpe()} buckets, on an undefined statistic, or on a window
 * longer than the session is NOT_ENOUGH_DATA, never PASS.
 */
final class GateEvaluator {
    private final GateEvidence e;
    private final GateThresholds t;

    private GateEvaluator(GateEvidence evidence, GateThresholds thresholds) {
        this.e = evidence;
        this.t = thresholds;
    }

    static List<Gate> evaluate(GateEvidence evidence, GateThresholds thresholds) {
        GateEvaluator g = new GateEvaluator(evidence, thresholds);
        return List.of(g.gateA(), g.gateB(), g.gateC());
    }

    private Gate gateA() {
        return new Gate("A", "edge survives a cost stress",
                List.of(sharpe("Sharpe after cost stress", Optional.of(e.stressed()), t.gateASharpe(), "session")));
    }

    private Gate gateB() {
        return new Gate("B", "paper session: enough, diverse, honest fills", List.of(
                duration(),
                atLeast("counting fills", e.fills(), t.gateBMinFills()),
                atLeast("clusters traded", e.concentration().clustersTraded(), t.gateBMinClusters()),
                below("max cluster share of |P&L|", e.concentration().maxClusterPnlShare(), t.gateBMaxClusterShare(),
                        "no P&L to share"),
                medianSpread(),
                markoutTStat(),
                fillRate(),
                below("top-5 markets' share of |P&L|", e.concentration().top5Share(), t.gateBMaxTop5Share(),
                        "no P&L to share"),
                sharpe("Sharpe", Optional.of(e.actual()), t.gateBSharpe(), "session")));
    }

    private Gate gateC() {
        return new Gate("C", "live: sustained risk-adjusted return", List.of(
                sharpe("Sharpe over " + Fmt.duration(t.gateCSharpeWindow()), e.sharpeWindow(), t.gateCSharpe(),
                        Fmt.duration(t.gateCSharpeWindow())),
                calmar(),
                drawdown()));
    }

    private GateCriterion sharpe(String name, Optional<Performance> window, BigDecimal min, String span) {
        String threshold = "≥ " + min.toPlainString();
        if (window.isEmpty()) {
            return new GateCriterion(name, "n/a: session shorter than " + span, threshold, Verdict.NOT_ENOUGH_DATA);
        }
        Performance p = window.get();
        String measured = Fmt.num(p.sharpe(), 2) + " from " + p.buckets() + " buckets";
        if (p.buckets() < t.minBucketsForSharpe() || p.sharpe().isEmpty()) {
            String why = p.sharpe().isEmpty() ? " (undefined)" : " (< " + t.minBucketsForSharpe() + " buckets)";
            return new GateCriterion(name, measured + why, threshold, Verdict.NOT_ENOUGH_DATA);
        }
        return new GateCriterion(name, measured, threshold, pass(p.sharpe().get().compareTo(min) >= 0));
    }

    private GateCriterion duration() {
        boolean inside = e.duration().compareTo(t.gateBMinDuration()) >= 0
                && e.duration().compareTo(t.gateBMaxDuration()) <= 0;
        return new GateCriterion("session duration", Fmt.duration(e.duration()),
                Fmt.duration(t.gateBMinDuration()) + " – " + Fmt.duration(t.gateBMaxDuration()), pass(inside));
    }

    private static GateCriterion atLeast(String name, int measured, int min) {
        return new GateCriterion(name, Integer.toString(measured), "≥ " + min, pass(measured >= min));
    }

    private static GateCriterion below(String name, Optional<BigDecimal> share, BigDecimal max, String whyMissing) {
        String threshold = "< " + Fmt.pct(max);
        return share.map(s -> new GateCriterion(name, Fmt.pct(s), threshold, pass(s.compareTo(max) < 0)))
                .orElseGet(() -> new GateCriterion(name, "n/a: " + whyMissing, threshold, Verdict.NOT_ENOUGH_DATA));
    }

    private GateCriterion medianSpread() {
        String name = "median maker realized spread per share";
        String threshold = "> " + t.gateBMinMedianRealizedSpread().toPlainString();
        return e.maker().medianEdgePerShare()
                .map(m -> new GateCriterion(name, Fmt.num(m, 6), threshold,
                        pass(m.compareTo(t.gateBMinMedianRealizedSpread()) > 0)))
                .orElseGet(() -> new GateCriterion(name, "n/a: no maker fills", threshold, Verdict.NOT_ENOUGH_DATA));
    }

    private GateCriterion markoutTStat() {
        String name = "t-stat of 2m maker markouts";
        String threshold = "> " + t.gateBMinMarkoutTStat().toPlainString();
        MarkoutSummary m = e.maker().markouts().get(Horizon.M2);
        String measured = Fmt.num(m.tStat(), 2) + " from " + m.count() + " fills";
        if (m.count() < t.gateBMinMarkoutSamples() || m.tStat().isEmpty()) {
            String why = m.count() < t.gateBMinMarkoutSamples()
                    ? " (< " + t.gateBMinMarkoutSamples() + " fills)" : " (undefined: no dispersion)";
            return new GateCriterion(name, measured + why, threshold, Verdict.NOT_ENOUGH_DATA);
        }
        return new GateCriterion(name, measured, threshold,
                pass(m.tStat().get().compareTo(t.gateBMinMarkoutTStat()) > 0));
    }

    private GateCriterion fillRate() {
        String name = "fill rate vs assumption (actual / assumed − 1)";
        String threshold = "within ±" + Fmt.pct(t.gateBFillRateTolerance());
        FillRate f = e.fillRate();
        return f.deviation()
                .map(d -> new GateCriterion(name,
                        Fmt.pct(d) + " (" + Fmt.pct(f.actual().orElseThrow()) + " vs " + Fmt.pct(f.assumed().orElseThrow()) + ")",
                        threshold, pass(d.abs().compareTo(t.gateBFillRateTolerance()) <= 0)))
                .orElseGet(() -> new GateCriterion(name, "n/a: no quotes sent or no assumption", threshold,
                        Verdict.NOT_ENOUGH_DATA));
    }

    private GateCriterion calmar() {
        String name = "Calmar over " + Fmt.duration(t.gateCCalmarWindow());
        String threshold = "≥ " + t.gateCCalmar().toPlainString();
        if (e.calmarWindow().isEmpty()) {
            return new GateCriterion(name, "n/a: session shorter than " + Fmt.duration(t.gateCCalmarWindow()),
                    threshold, Verdict.NOT_ENOUGH_DATA);
        }
        Performance p = e.calmarWindow().get();
        if (p.calmar().isPresent()) {
            return new GateCriterion(name, Fmt.num(p.calmar().get(), 2), threshold,
                    pass(p.calmar().get().compareTo(t.gateCCalmar()) >= 0));
        }
        // No drawdown at all: a positive return is an unbounded Calmar, a flat one is 0/0.
        return p.annualizedReturn().signum() > 0
                ? new GateCriterion(name, "unbounded (no drawdown)", threshold, Verdict.PASS)
                : new GateCriterion(name, "n/a: no drawdown and no return", threshold, Verdict.NOT_ENOUGH_DATA);
    }

    private GateCriterion drawdown() {
        BigDecimal dd = e.actual().maxDrawdown();
        return new GateCriterion("max drawdown", Fmt.pct(dd), "≥ " + Fmt.pct(t.gateCMaxDrawdown()),
                pass(dd.compareTo(t.gateCMaxDrawdown()) >= 0));
    }

    private static Verdict pass(boolean ok) {
        return ok ? Verdict.PASS : Verdict.FAIL;
    }
}
