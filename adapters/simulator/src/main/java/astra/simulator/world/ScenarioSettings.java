package astra.simulator.world;

/**
 * Every knob of a synthetic world, with documented defaults ({@link #defaults()}).
 *
 * @param standaloneMarkets      binary markets outside any event; default {@value #DEFAULT_STANDALONE_MARKETS}
 * @param negRiskEvents          negRisk events; default {@value #DEFAULT_NEG_RISK_EVENTS}
 * @param outcomesPerEvent       binary markets per negRisk event (their fair values sum to 1);
 *                               default {@value #DEFAULT_OUTCOMES_PER_EVENT}
 * @param durationMillis         length of a run; default {@value #DEFAULT_DURATION_MILLIS} (2 h)
 * @param stepMillis             model step; default {@value #DEFAULT_STEP_MILLIS}
 * @param beliefVolPerSqrtHour   diffusion of the hidden logit per √hour; default {@value #DEFAULT_BELIEF_VOL}
 * @param jumpsPerHour           news jumps per market per hour; default {@value #DEFAULT_JUMPS_PER_HOUR}
 * @param jumpSizeLogit          standard deviation of a jump in logit; default {@value #DEFAULT_JUMP_SIZE_LOGIT}
 * @param makerLagMillis         background makers quote the hidden value as it was this long ago
 *                               (what makes informed flow profitable); default {@value #DEFAULT_MAKER_LAG_MILLIS}
 * @param makerRequoteMillis     how often a background maker replaces its quotes; default {@value #DEFAULT_MAKER_REQUOTE_MILLIS}
 * @param makerHalfSpreadTicks   distance of the best quote from the maker's value, in ticks; default {@value #DEFAULT_MAKER_HALF_SPREAD_TICKS}
 * @param makerLevels            levels per side; default {@value #DEFAULT_MAKER_LEVELS}
 * @param makerLevelShares       shares per level; default {@value #DEFAULT_MAKER_LEVEL_SHARES}
 * @param takersPerMinute        taker arrivals per market per minute; default {@value #DEFAULT_TAKERS_PER_MINUTE}
 * @param informedShare          fraction of taker arrivals that are informed; default {@value #DEFAULT_INFORMED_SHARE}
 * @param informedSkill          0..1: how sharply informed takers see the hidden value (1 = exactly;
 *                               their logit error has sd (1 − skill) × {@value #INFORMED_ERROR_SCALE_LOGIT});
 *                               default {@value #DEFAULT_INFORMED_SKILL}
 * @param informedThreshold      informed takers trade only when the book is off their estimate by more
 *                               than this (probability units); default {@value #DEFAULT_INFORMED_THRESHOLD}
 * @param takerMaxShares         a taker's size is uniform in [5, this]; default {@value #DEFAULT_TAKER_MAX_SHARES}
 * @param closes                 standalone markets closed (resolved) during the run; default {@value #DEFAULT_CLOSES}
 * @param tickChanges            tick size changes (0.01 ↔ 0.001) during the run; default {@value #DEFAULT_TICK_CHANGES}
 * @param settlementFailureRate  share of trades that go RETRYING → FAILED; default {@value #DEFAULT_SETTLEMENT_FAILURE_RATE}
 * @param feeRateMicros          taker fee rate of every market, in millionths; default {@value #DEFAULT_FEE_RATE_MICROS} (0.03)
 */
public record ScenarioSettings(int standaloneMarkets, int negRiskEvents, int outcomesPerEvent, long durationMillis,
                               long stepMillis, double beliefVolPerSqrtHour, double jumpsPerHour, double jumpSizeLogit,
                               long makerLagMillis, long makerRequoteMillis, int makerHalfSpreadTicks, int makerLevels,
                               int makerLevelShares, double takersPerMinute, double informedShare, double informedSkill,
                               double informedThreshold, int takerMaxShares, int closes, int tickChanges,
                               double settlementFailureRate, long feeRateMicros) {
    public static final int DEFAULT_STANDALONE_MARKETS = 8;
    public static final int DEFAULT_NEG_RISK_EVENTS = 2;
    public static final int DEFAULT_OUTCOMES_PER_EVENT = 4;
    public static final long DEFAULT_DURATION_MILLIS = 2 * 3_600_000L;
    public static final long DEFAULT_STEP_MILLIS = 1_000;
    public static final double DEFAULT_BELIEF_VOL = 0.35;
    public static final double DEFAULT_JUMPS_PER_HOUR = 2.0;
    public static final double DEFAULT_JUMP_SIZE_LOGIT = 0.6;
    public static final long DEFAULT_MAKER_LAG_MILLIS = 60_000;
    public static final long DEFAULT_MAKER_REQUOTE_MILLIS = 10_000;
    public static final int DEFAULT_MAKER_HALF_SPREAD_TICKS = 1;
    public static final int DEFAULT_MAKER_LEVELS = 3;
    public static final int DEFAULT_MAKER_LEVEL_SHARES = 60;
    public static final double DEFAULT_TAKERS_PER_MINUTE = 3.0;
    public static final double DEFAULT_INFORMED_SHARE = 0.3;
    public static final double DEFAULT_INFORMED_SKILL = 0.9;
    /** An informed taker of skill 0 misjudges the hidden logit with this standard deviation. */
    public static final double INFORMED_ERROR_SCALE_LOGIT = 0.5;
    public static final double DEFAULT_INFORMED_THRESHOLD = 0.02;
    public static final int DEFAULT_TAKER_MAX_SHARES = 40;
    public static final int DEFAULT_CLOSES = 2;
    public static final int DEFAULT_TICK_CHANGES = 2;
    public static final double DEFAULT_SETTLEMENT_FAILURE_RATE = 0.01;
    public static final long DEFAULT_FEE_RATE_MICROS = 30_000;

    public ScenarioSettings {
        requireAtLeast(standaloneMarkets, 0, "standaloneMarkets");
        requireAtLeast(negRiskEvents, 0, "negRiskEvents");
        requireAtLeast(outcomesPerEvent, 2, "outcomesPerEvent");
        requireAtLeast(makerLevels, 1, "makerLevels");
        requireAtLeast(makerHalfSpreadTicks, 1, "makerHalfSpreadTicks");
        requireAtLeast(makerLevelShares, 5, "makerLevelShares");
        requireAtLeast(takerMaxShares, 5, "takerMaxShares");
        requireAtLeast(closes, 0, "closes");
        requireAtLeast(tickChanges, 0, "tickChanges");
        if (closes > standaloneMarkets) {
            throw new IllegalArgumentException("cannot close " + closes + " of " + standaloneMarkets + " standalone markets");
        }
        if (stepMillis <= 0 || durationMillis < stepMillis || makerRequoteMillis < stepMillis || makerLagMillis < 0) {
            throw new IllegalArgumentException("need 0 < step ≤ duration, requote ≥ step and lag ≥ 0");
        }
        requireProbability(informedShare, "informedShare");
        requireProbability(informedSkill, "informedSkill");
        requireProbability(settlementFailureRate, "settlementFailureRate");
        if (beliefVolPerSqrtHour < 0 || jumpsPerHour < 0 || jumpSizeLogit < 0 || takersPerMinute < 0 || informedThreshold < 0) {
            throw new IllegalArgumentException("rates, sizes and thresholds must not be negative");
        }
    }

    public static ScenarioSettings defaults() {
        return new ScenarioSettings(DEFAULT_STANDALONE_MARKETS, DEFAULT_NEG_RISK_EVENTS, DEFAULT_OUTCOMES_PER_EVENT,
                DEFAULT_DURATION_MILLIS, DEFAULT_STEP_MILLIS, DEFAULT_BELIEF_VOL, DEFAULT_JUMPS_PER_HOUR,
                DEFAULT_JUMP_SIZE_LOGIT, DEFAULT_MAKER_LAG_MILLIS, DEFAULT_MAKER_REQUOTE_MILLIS,
                DEFAULT_MAKER_HALF_SPREAD_TICKS, DEFAULT_MAKER_LEVELS, DEFAULT_MAKER_LEVEL_SHARES,
                DEFAULT_TAKERS_PER_MINUTE, DEFAULT_INFORMED_SHARE, DEFAULT_INFORMED_SKILL, DEFAULT_INFORMED_THRESHOLD,
                DEFAULT_TAKER_MAX_SHARES, DEFAULT_CLOSES, DEFAULT_TICK_CHANGES, DEFAULT_SETTLEMENT_FAILURE_RATE,
                DEFAULT_FEE_RATE_MICROS);
    }

    /** The same world, shorter or longer. */
    public ScenarioSettings withDuration(long millis) {
        return new ScenarioSettings(standaloneMarkets, negRiskEvents, outcomesPerEvent, millis, stepMillis,
                beliefVolPerSqrtHour, jumpsPerHour, jumpSizeLogit, makerLagMillis, makerRequoteMillis,
                makerHalfSpreadTicks, makerLevels, makerLevelShares, takersPerMinute, informedShare, informedSkill,
                informedThreshold, takerMaxShares, closes, tickChanges, settlementFailureRate, feeRateMicros);
    }

    /** The same world with another crowd: market counts, taker flow, closes and tick changes. */
    public ScenarioSettings withCrowd(int standalone, int events, double takersPerMin, int closeCount, int tickChangeCount) {
        return new ScenarioSettings(standalone, events, outcomesPerEvent, durationMillis, stepMillis,
                beliefVolPerSqrtHour, jumpsPerHour, jumpSizeLogit, makerLagMillis, makerRequoteMillis,
                makerHalfSpreadTicks, makerLevels, makerLevelShares, takersPerMin, informedShare, informedSkill,
                informedThreshold, takerMaxShares, closeCount, tickChangeCount, settlementFailureRate, feeRateMicros);
    }

    public int marketCount() {
        return standaloneMarkets + negRiskEvents * outcomesPerEvent;
    }

    private static void requireAtLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
        }
    }

    private static void requireProbability(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
        }
    }
}
