package astra.report;

import astra.domain.ClusterId;
import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Liquidity;
import astra.domain.OrderId;
import astra.domain.Position;
import astra.domain.Price;
import astra.domain.TokenId;
import astra.domain.Usd;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Collects a session's data and computes its {@link TruthReport}. Pure: no clock, no I/O; the
 * same inputs give the same report. Bad input (a fill outside the session, a counting fill without
 * its mid or its market's cluster, markouts for an unknown fill, a sell beyond the holding) is
 * refused with an {@link IllegalArgumentException} naming the culprit, never papered over.
 */
public final class TruthReportBuilder {
    private Instant start;
    private Instant end;
    private Duration bucket;
    private Usd bankroll;
    private final Map<FillKey, Fill> fills = new LinkedHashMap<>();
    private final Map<FillKey, Price> midAtFill = new HashMap<>();
    private final Map<FillKey, FillMarkouts> markouts = new HashMap<>();
    private final List<MarkSnapshot> snapshots = new ArrayList<>();
    private final Map<TokenId, Price> endMarks = new HashMap<>();
    private final Map<ConditionId, ClusterId> clusters = new HashMap<>();
    private long quotesSent;
    private Optional<BigDecimal> assumedFillRate = Optional.empty();
    private CostStress costStress = CostStress.DEFAULT;
    private GateThresholds thresholds = GateThresholds.DEFAULTS;

    /** The session runs from {@code start} to {@code end}; returns are measured per {@code bucket}. */
    public TruthReportBuilder session(Instant start, Instant end, Duration bucket) {
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("session end " + end + " is not after its start " + start);
        }
        if (bucket.isNegative() || bucket.isZero()) {
            throw new IllegalArgumentException("bucket must be positive: " + bucket);
        }
        return this;
    }

    public TruthReportBuilder bankroll(Usd bankroll) {
        if (Objects.requireNonNull(bankroll, "bankroll").compareTo(Usd.ZERO) <= 0) {
            throw new IllegalArgumentException("bankroll must be positive: " + bankroll);
        }
        this.bankroll = bankroll;
        return this;
    }

    /** One fill and the mid at its time (the mid may be null only for a FAILED fill). */
    public TruthReportBuilder fill(Fill fill, Price midAtFillTime) {
        Objects.requireNonNull(fill, "fill");
        if (fills.putIfAbsent(fill.key(), fill) != null) {
            throw new IllegalArgumentException("fill " + fill.key() + " given twice");
        }
        if (midAtFillTime != null) {
            midAtFill.put(fill.key(), midAtFillTime);
        }
        return this;
    }

    public TruthReportBuilder markouts(Collection<FillMarkouts> perFill) {
        for (FillMarkouts m : perFill) {
            if (markouts.putIfAbsent(m.fill(), m) != null) {
                throw new IllegalArgumentException("markouts for fill " + m.fill() + " given twice");
            }
        }
        return this;
    }

    /** Mids along the way, to mark open positions at each bucket boundary. */
    public TruthReportBuilder marks(Collection<MarkSnapshot> along) {
        snapshots.addAll(along);
        return this;
    }

    /** Mids at the session's end: the unrealized P&L is marked to these. */
    public TruthReportBuilder endMarks(Map<TokenId, Price> mids) {
        endMarks.putAll(mids);
        return this;
    }

    public TruthReportBuilder clusters(Map<ConditionId, ClusterId> marketToCluster) {
        clusters.putAll(marketToCluster);
        return this;
    }

    /** Quotes (maker orders) sent and the fill rate per quote the strategy assumed. */
    public TruthReportBuilder quotes(long sent, BigDecimal assumedRate) {
        this.quotesSent = sent;
        this.assumedFillRate = Optional.ofNullable(assumedRate);
        return this;
    }

    public TruthReportBuilder costStress(CostStress stress) {
        this.costStress = Objects.requireNonNull(stress, "stress");
        return this;
    }

    public TruthReportBuilder thresholds(GateThresholds gateThresholds) {
        this.thresholds = Objects.requireNonNull(gateThresholds, "thresholds");
        return this;
    }

    public TruthReport build() {
        if (start == null || bankroll == null) {
            throw new IllegalStateException("a report needs session(...) and bankroll(...) before build()");
        }
        List<String> warnings = new ArrayList<>();
        List<FillRecord> records = records(warnings);
        MarkTimeline timeline = timeline(records);
        BucketGrid grid = BucketGrid.of(start, end, bucket);
        SessionReplay replay = SessionReplay.run(records, grid, timeline, bankroll, costStress);

        List<MarketPnl> markets = marketPnls(replay, records, timeline, warnings);
        Map<ClusterId, Usd> exposureAtEnd = new HashMap<>();
        replay.positions().values().forEach(p -> exposureAtEnd.merge(replay.clusterOf(p.token()),
                SessionReplay.value(p, timeline.markAt(p.token(), end)), Usd::plus));
        Concentration concentration = Concentration.of(markets, exposureAtEnd, replay.peakExposure());

        LiquidityBreakdown maker = LiquidityBreakdown.of(Liquidity.MAKER, records,
                token -> timeline.markAt(token, end).toBigDecimal());
        LiquidityBreakdown taker = LiquidityBreakdown.of(Liquidity.TAKER, records,
                token -> timeline.markAt(token, end).toBigDecimal());

        List<EquityPoint> curve = replay.curve();
        Performance actual = Performance.measure(curve, EquityPoint::equity, bucket, grid.partialLast());
        Performance stressed = Performance.measure(curve, EquityPoint::stressedEquity, bucket, grid.partialLast());
        FillRate fillRate = new FillRate(quotesSent, quotesFilled(records), assumedFillRate);
        performanceWarnings(actual, grid, fillRate, warnings);

        GateEvidence evidence = new GateEvidence(Duration.between(start, end), records.size(), concentration, maker,
                fillRate, actual, stressed, window(curve, thresholds.gateCSharpeWindow(), grid),
                window(curve, thresholds.gateCCalmarWindow(), grid));
        List<Gate> gates = GateEvaluator.evaluate(evidence, thresholds);

        Usd realized = markets.stream().map(MarketPnl::realized).reduce(Usd.ZERO, Usd::plus);
        Usd unrealized = markets.stream().map(MarketPnl::unrealized).reduce(Usd.ZERO, Usd::plus);
        int failed = fills.size() - records.size();
        return new TruthReport(start, end, bucket, bankroll, records.size(), failed, realized, unrealized, maker, taker,
                concentration, curve, actual, stressed, costStress, fillRate, gates, warnings, records);
    }

    private List<FillRecord> records(List<String> warnings) {
        for (FillKey key : markouts.keySet()) {
            if (!fills.containsKey(key)) {
                throw new IllegalArgumentException("markouts given for unknown fill " + key);
            }
        }
        List<FillRecord> records = new ArrayList<>();
        int missingMarkout = 0;
        for (Fill f : fills.values()) {
            if (f.time().isBefore(start) || f.time().isAfter(end)) {
                throw new IllegalArgumentException("fill " + f.key() + " at " + f.time() + " is outside the session "
                        + start + " – " + end);
            }
            if (!f.status().counts()) {
                continue;
            }
            Price mid = midAtFill.get(f.key());
            if (mid == null) {
                throw new IllegalArgumentException("no mid at fill time for fill " + f.key());
            }
            ClusterId cluster = clusters.get(f.market());
            if (cluster == null) {
                throw new IllegalArgumentException("market " + f.market() + " of fill " + f.key() + " has no cluster");
            }
            FillMarkouts m = markouts.get(f.key());
            if (m == null || m.midAfter(Horizon.M2).isEmpty()) {
                missingMarkout++;
            }
            records.add(FillRecord.derive(f, cluster, mid, m));
        }
        // Stable: fills at the same instant keep the order they were given in.
        records.sort(Comparator.comparing(r -> r.fill().time()));
        int failed = fills.size() - records.size();
        if (failed > 0) {
            warnings.add(failed + " FAILED fill(s) excluded: the venue undid them");
        }
        if (missingMarkout > 0) {
            warnings.add(missingMarkout + " of " + records.size() + " fills have no 2m markout (session ended or no data)");
        }
        return records;
    }

    private MarkTimeline timeline(List<FillRecord> records) {
        MarkTimeline timeline = new MarkTimeline();
        records.forEach(r -> timeline.observe(r.fill().token(), r.fill().time(), r.midAtFill()));
        snapshots.stream().sorted(Comparator.comparing(MarkSnapshot::time))
                .forEach(s -> s.mids().forEach((token, mid) -> timeline.observe(token, s.time(), mid)));
        endMarks.forEach((token, mid) -> timeline.observe(token, end, mid));
        return timeline;
    }

    private List<MarketPnl> marketPnls(SessionReplay replay, List<FillRecord> records, MarkTimeline timeline,
            List<String> warnings) {
        Map<ConditionId, Integer> fillCounts = new HashMap<>();
        records.forEach(r -> fillCounts.merge(r.fill().market(), 1, Integer::sum));
        Map<ConditionId, Usd[]> sums = new LinkedHashMap<>();
        for (Position p : replay.positions().values()) {
            if (!p.size().isZero() && !endMarks.containsKey(p.token())) {
                warnings.add("no end mark for token " + p.token() + ": marked at its last known mid");
            }
            Usd unrealized = SessionReplay.value(p, timeline.markAt(p.token(), end)).minus(p.cost());
            sums.merge(p.market(), new Usd[] {p.realizedPnl(), unrealized},
                    (a, b) -> new Usd[] {a[0].plus(b[0]), a[1].plus(b[1])});
        }
        List<MarketPnl> out = new ArrayList<>();
        sums.forEach((market, s) -> out.add(new MarketPnl(market, clusters.get(market), fillCounts.get(market), s[0], s[1])));
        return out;
    }

    private static int quotesFilled(List<FillRecord> records) {
        Set<OrderId> filled = new HashSet<>();
        records.stream().filter(r -> r.fill().liquidity() == Liquidity.MAKER).forEach(r -> filled.add(r.fill().orderId()));
        return filled.size();
    }

    private Optional<Performance> window(List<EquityPoint> curve, Duration length, BucketGrid grid) {
        return Performance.trailing(curve, length)
                .map(points -> Performance.measure(points, EquityPoint::equity, bucket, grid.partialLast()));
    }

    private void performanceWarnings(Performance p, BucketGrid grid, FillRate fillRate, List<String> warnings) {
        String per = "per " + Fmt.duration(bucket) + " bucket";
        if (p.buckets() < thresholds.minBucketsForSharpe()) {
            warnings.add("Sharpe from " + p.buckets() + " buckets (< " + thresholds.minBucketsForSharpe()
                    + "): not meaningful (" + per + ")");
        }
        if (p.sharpe().isEmpty()) {
            warnings.add("Sharpe undefined: fewer than 2 returns or no dispersion");
        }
        if (grid.partialLast()) {
            warnings.add("the session is not a whole number of buckets: the last, shorter interval is left out of "
                    + "the return statistics");
        }
        if (p.equityExhausted()) {
            warnings.add("equity reached zero: returns after that are undefined");
        }
        if (fillRate.actual().isEmpty()) {
            warnings.add("no quotes sent given: fill rate not computed");
        } else if (fillRate.assumed().isEmpty()) {
            warnings.add("no assumed fill rate given: fill rate not compared");
        }
    }
}
