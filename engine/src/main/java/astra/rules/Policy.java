package astra.rules;

import astra.facts.EvidenceTier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The thresholds the rules read, loaded from {@code rules/policy.yaml} by {@link PolicyLoader}.
 * Every component validates its ranges at construction, so no invalid policy can exist, whether it
 * came from the file or from code. Fractions are {@link BigDecimal}, never {@code double}: a cap
 * of 0.12 must compare exactly. Key names in messages are those of the file.
 */
public record Policy(
        PortfolioCaps portfolio,
        SatelliteLimits satellite,
        FeedHealth feeds,
        CloseRatchet close,
        ToxicityThresholds toxicity,
        ExecutionLimits execution,
        QuoteabilityGates quoteability,
        ParityLimits parity) {

    public Policy {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(satellite, "satellite");
        Objects.requireNonNull(feeds, "feeds");
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(toxicity, "toxicity");
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(quoteability, "quoteability");
        Objects.requireNonNull(parity, "parity");
    }

    /**
     * The cluster cap for a market at this time to close: the policy's cap times the near-close
     * ratchet's multiplier (1 outside the ratchet's steps).
     */
    public BigDecimal clusterCapAt(Duration timeToClose) {
        return portfolio.clusterCap().multiply(close.capMultiplierAt(timeToClose));
    }

    /**
     * Every duration in the policy, found by walking its records (ratchet steps included): the only
     * times the rules may compare a time with (and zero, for the clocks). Between two of them a
     * time's comparisons cannot change, which is what lets the engine hold a fact's stamp
     * ({@link HeldStamps}). Walked rather than listed so a duration added to the policy later counts.
     */
    public SortedSet<Duration> durations() {
        SortedSet<Duration> found = new TreeSet<>();
        collectDurations(this, found);
        return Collections.unmodifiableSortedSet(found);
    }

    private static void collectDurations(Object value, SortedSet<Duration> found) {
        if (value instanceof Duration d) {
            found.add(d);
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collectDurations(item, found));
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(item -> collectDurations(item, found));
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    collectDurations(component.getAccessor().invoke(record), found);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read policy component " + component.getName(), e);
                }
            }
        }
    }

    /** Exposure caps as fractions of bankroll. */
    public record PortfolioCaps(BigDecimal clusterCap, BigDecimal aggregateCap) {
        public PortfolioCaps {
            requireFraction(clusterCap, "portfolio.cluster-cap");
            requireFraction(aggregateCap, "portfolio.aggregate-cap");
            if (aggregateCap.compareTo(clusterCap) < 0) {
                throw new InvalidPolicyException("portfolio.aggregate-cap",
                        "must not be below portfolio.cluster-cap (" + aggregateCap.toPlainString()
                                + " < " + clusterCap.toPlainString() + ")");
            }
        }
    }

    /**
     * The gated satellite book: how much edge (after fees) it needs, how much bankroll it may use
     * and which evidence tiers may trade.
     */
    public record SatelliteLimits(BigDecimal minEdge, BigDecimal budget, Set<EvidenceTier> evidenceTiers) {
        public SatelliteLimits {
            requireFraction(minEdge, "satellite.min-edge");
            requireFraction(budget, "satellite.budget");
            if (evidenceTiers == null || evidenceTiers.isEmpty()) {
                throw new InvalidPolicyException("satellite.evidence-tiers",
                        "must list at least one tier (A, B or C); to stop the satellite book set its budget low");
            }
            evidenceTiers = Set.copyOf(EnumSet.copyOf(evidenceTiers));
        }

        public boolean allows(EvidenceTier tier) {
            return evidenceTiers.contains(tier);
        }
    }

    /** Hard gates that veto quoting a market before its quoteability score is even considered. */
    public record QuoteabilityGates(BigDecimal minScore, BigDecimal resolutionRiskVeto) {
        public QuoteabilityGates {
            requireFraction(minScore, "quoteability.min-score");
            requireFraction(resolutionRiskVeto, "quoteability.resolution-risk-veto");
        }
    }

    /** Parity trades two taker legs, so both books must be recent. */
    public record ParityLimits(Duration bookFresh) {
        public ParityLimits {
            requirePositive(bookFresh, "parity.book-fresh-seconds");
        }
    }

    /** What a toxic market gets: no quotes at all, or wider and smaller quotes. */
    public enum ToxicResponse {
        VETO("veto"),
        WIDEN_AND_CUT("widen-and-cut");

        private final String written;

        ToxicResponse(String written) {
            this.written = written;
        }

        /** As written in policy.yaml. */
        public String written() {
            return written;
        }
    }

    /** When a feed, the user channel, the heartbeat or the venue's error rate stops quoting. */
    public record FeedHealth(
            Duration marketFeedStale,
            Duration userChannelBlind,
            int heartbeatFailureLimit,
            BigDecimal errorRateLimit) {
        public FeedHealth {
            requirePositive(marketFeedStale, "feeds.market-feed-stale-seconds");
            requirePositive(userChannelBlind, "feeds.user-channel-blind-seconds");
            requireAtLeast(heartbeatFailureLimit, 1, "feeds.heartbeat-failure-limit");
            requireFraction(errorRateLimit, "feeds.error-rate-limit");
        }
    }

    /** One step of the near-close ratchet: within this time to close, caps are multiplied by this. */
    public record RatchetStep(Duration within, BigDecimal capMultiplier) {
        public RatchetStep {
            requirePositive(within, "close.ratchet.within-seconds");
            requireFraction(capMultiplier, "close.ratchet.cap-multiplier");
        }
    }

    /**
     * Time-to-close behaviour: no quoting inside {@code closeWindow}; from {@code watch} on, the
     * ratchet's steps cut caps as the close nears.
     */
    public record CloseRatchet(Duration closeWindow, Duration watch, List<RatchetStep> ratchet) {
        public CloseRatchet {
            requirePositive(closeWindow, "close.close-window-seconds");
            requirePositive(watch, "close.watch-seconds");
            if (watch.compareTo(closeWindow) <= 0) {
                throw new InvalidPolicyException("close.watch-seconds",
                        "must be longer than close.close-window-seconds");
            }
            ratchet = List.copyOf(Objects.requireNonNull(ratchet, "close.ratchet"));
            for (int i = 0; i < ratchet.size(); i++) {
                RatchetStep step = ratchet.get(i);
                String key = "close.ratchet[" + i + "]";
                if (step.within().compareTo(watch) > 0) {
                    throw new InvalidPolicyException(key + ".within-seconds", "must not exceed close.watch-seconds");
                }
                if (step.within().compareTo(closeWindow) <= 0) {
                    throw new InvalidPolicyException(key + ".within-seconds",
                            "must be longer than close.close-window-seconds");
                }
                if (i > 0) {
                    RatchetStep previous = ratchet.get(i - 1);
                    if (step.within().compareTo(previous.within()) >= 0) {
                        throw new InvalidPolicyException(key + ".within-seconds",
                                "must be shorter than the previous step's");
                    }
                    if (step.capMultiplier().compareTo(previous.capMultiplier()) > 0) {
                        throw new InvalidPolicyException(key + ".cap-multiplier",
                                "must not rise as the close nears (previous step: "
                                        + previous.capMultiplier().toPlainString() + ")");
                    }
                }
            }
        }

        /** True when no quote may rest: the time left is inside the close window. */
        public boolean insideCloseWindow(Duration timeToClose) {
            return timeToClose.compareTo(closeWindow) <= 0;
        }

        /**
         * The multiplier for caps at this time to close: that of the tightest step whose
         * {@code within} still covers the time left, or 1 before the first step.
         */
        public BigDecimal capMultiplierAt(Duration timeToClose) {
            BigDecimal multiplier = BigDecimal.ONE;
            for (RatchetStep step : ratchet) {
                if (timeToClose.compareTo(step.within()) <= 0) {
                    multiplier = step.capMultiplier();
                }
            }
            return multiplier;
        }
    }

    /** When a market's own fills say it is toxic; all three must hold. */
    public record ToxicityThresholds(int minFillCount, BigDecimal tStat, BigDecimal adverseMarkoutBps,
            ToxicResponse response) {
        public ToxicityThresholds {
            requireAtLeast(minFillCount, 1, "toxicity.min-fill-count");
            requirePositive(tStat, "toxicity.t-stat");
            requirePositive(adverseMarkoutBps, "toxicity.adverse-markout-bps");
            if (response == null) {
                throw new InvalidPolicyException("toxicity.response", "is required");
            }
        }

        /** The t-statistic at or below which markouts are significantly adverse (minus {@code tStat}). */
        public BigDecimal tStatFloor() {
            return tStat.negate();
        }

        /** The mean markout in bps at or below which markouts are adverse (minus the threshold). */
        public BigDecimal markoutFloorBps() {
            return adverseMarkoutBps.negate();
        }
    }

    /** The executor's budget and batching. */
    public record ExecutionLimits(int mutationsPerMinute, int maxBatch, int requoteDriftTicks) {
        /** The venue's POST /orders limit. */
        public static final int VENUE_MAX_BATCH = 15;

        public ExecutionLimits {
            requireAtLeast(mutationsPerMinute, 1, "execution.mutations-per-minute");
            requireAtLeast(maxBatch, 1, "execution.max-batch");
            if (maxBatch > VENUE_MAX_BATCH) {
                throw new InvalidPolicyException("execution.max-batch",
                        "must be at most " + VENUE_MAX_BATCH + " (the venue's batch limit), was " + maxBatch);
            }
            requireAtLeast(requoteDriftTicks, 1, "execution.requote-drift-ticks");
        }
    }

    private static void requireFraction(BigDecimal value, String key) {
        if (value == null) {
            throw new InvalidPolicyException(key, "is required");
        }
        if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidPolicyException(key, "must be in (0, 1], was " + value.toPlainString());
        }
    }

    private static void requirePositive(BigDecimal value, String key) {
        if (value == null) {
            throw new InvalidPolicyException(key, "is required");
        }
        if (value.signum() <= 0) {
            throw new InvalidPolicyException(key, "must be > 0, was " + value.toPlainString());
        }
    }

    private static void requirePositive(Duration value, String key) {
        if (value == null) {
            throw new InvalidPolicyException(key, "is required");
        }
        if (value.isNegative() || value.isZero()) {
            throw new InvalidPolicyException(key, "must be > 0 seconds, was " + value);
        }
    }

    private static void requireAtLeast(int value, int minimum, String key) {
        if (value < minimum) {
            throw new InvalidPolicyException(key, "must be at least " + minimum + ", was " + value);
        }
    }
}
