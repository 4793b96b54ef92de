package astra.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * The numbers the gates compare against, with the seed's values as {@link #DEFAULTS}. Each
 * comparison's direction is fixed by the gate (see {@link GateEvaluator}); only the numbers move.
 *
 * @param minBucketsForSharpe below this many return buckets a Sharpe is reported with a warning
 *     and a gate that needs it says NOT_ENOUGH_DATA (default 30)
 * @param gateASharpe Gate A: stressed Sharpe at least this (default 1.2)
 * @param gateBMinDuration Gate B: session at least this long (default 7 days)
 * @param gateBMaxDuration Gate B: session at most this long (default 14 days)
 * @param gateBMinFills Gate B: at least this many counting fills (default 3,000)
 * @param gateBMinClusters Gate B: at least this many clusters traded (default 8)
 * @param gateBMaxClusterShare Gate B: every cluster's share of absolute P&L below this (default 0.20)
 * @param gateBMinMedianRealizedSpread Gate B: median maker realized spread per share above this (default 0)
 * @param gateBMinMarkoutTStat Gate B: t-statistic of 2-min maker markouts above this (default −2)
 * @param gateBMinMarkoutSamples Gate B: fewer 2-min maker markouts than this is NOT_ENOUGH_DATA (default 30)
 * @param gateBFillRateTolerance Gate B: |actual / assumed − 1| at most this (default 0.20)
 * @param gateBMaxTop5Share Gate B: the top five markets' share of absolute P&L below this (default 0.30)
 * @param gateBSharpe Gate B: unstressed Sharpe at least this (default 1.2)
 * @param gateCSharpeWindow Gate C: the trailing window of the Sharpe criterion (default 90 days)
 * @param gateCSharpe Gate C: Sharpe over that window at least this (default 2.0)
 * @param gateCCalmarWindow Gate C: the trailing window of the Calmar criterion (default 30 days)
 * @param gateCCalmar Gate C: Calmar over that window at least this (default 2.0)
 * @param gateCMaxDrawdown Gate C: max drawdown (a fraction ≤ 0) no worse than this (default −0.15)
 */
public record GateThresholds(
        int minBucketsForSharpe,
        BigDecimal gateASharpe,
        Duration gateBMinDuration,
        Duration gateBMaxDuration,
        int gateBMinFills,
        int gateBMinClusters,
        BigDecimal gateBMaxClusterShare,
        BigDecimal gateBMinMedianRealizedSpread,
        BigDecimal gateBMinMarkoutTStat,
        int gateBMinMarkoutSamples,
        BigDecimal gateBFillRateTolerance,
        BigDecimal gateBMaxTop5Share,
        BigDecimal gateBSharpe,
        Duration gateCSharpeWindow,
        BigDecimal gateCSharpe,
        Duration gateCCalmarWindow,
        BigDecimal gateCCalmar,
        BigDecimal gateCMaxDrawdown) {

    public static final GateThresholds DEFAULTS = new GateThresholds(
            30,
            new BigDecimal("1.2"),
            Duration.ofDays(7),
            Duration.ofDays(14),
            3_000,
            8,
            new BigDecimal("0.20"),
            BigDecimal.ZERO,
            new BigDecimal("-2"),
            30,
            new BigDecimal("0.20"),
            new BigDecimal("0.30"),
            new BigDecimal("1.2"),
            Duration.ofDays(90),
            new BigDecimal("2.0"),
            Duration.ofDays(30),
            new BigDecimal("2.0"),
            new BigDecimal("-0.15"));

    public GateThresholds {
        Objects.requireNonNull(gateASharpe, "gateASharpe");
        Objects.requireNonNull(gateBMinDuration, "gateBMinDuration");
        Objects.requireNonNull(gateBMaxDuration, "gateBMaxDuration");
        Objects.requireNonNull(gateBMaxClusterShare, "gateBMaxClusterShare");
        Objects.requireNonNull(gateBMinMedianRealizedSpread, "gateBMinMedianRealizedSpread");
        Objects.requireNonNull(gateBMinMarkoutTStat, "gateBMinMarkoutTStat");
        Objects.requireNonNull(gateBFillRateTolerance, "gateBFillRateTolerance");
        Objects.requireNonNull(gateBMaxTop5Share, "gateBMaxTop5Share");
        Objects.requireNonNull(gateBSharpe, "gateBSharpe");
        Objects.requireNonNull(gateCSharpeWindow, "gateCSharpeWindow");
        Objects.requireNonNull(gateCSharpe, "gateCSharpe");
        Objects.requireNonNull(gateCCalmarWindow, "gateCCalmarWindow");
        Objects.requireNonNull(gateCCalmar, "gateCCalmar");
        Objects.requireNonNull(gateCMaxDrawdown, "gateCMaxDrawdown");
        if (minBucketsForSharpe < 2) {
            throw new IllegalArgumentException("a Sharpe needs at least 2 buckets: minBucketsForSharpe " + minBucketsForSharpe);
        }
        if (gateBMinDuration.compareTo(gateBMaxDuration) > 0) {
            throw new IllegalArgumentException("gate B duration range is empty: " + gateBMinDuration + " > " + gateBMaxDuration);
        }
        if (gateCMaxDrawdown.signum() > 0) {
            throw new IllegalArgumentException("a drawdown is a fraction ≤ 0: " + gateCMaxDrawdown);
        }
    }
}
