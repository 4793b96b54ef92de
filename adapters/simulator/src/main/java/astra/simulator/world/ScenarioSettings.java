package astra.simulator.world;

import java.util.List;

/**
 * Every knob of a synthetic world, with documented defaults ({@link #defaults()}); build variants
 * with {@link #toBuilder()}. The defaults are tuned for a short real-time paper session: 20
 * markets, a taker every 4 s per market, so a small maker quoting around the mid gets filled within
 * minutes (see docs/scenarios.md).
 *
 * @param standaloneMarkets      binary markets outside any event; default {@value #DEFAULT_STANDALONE_MARKETS}
 * @param negRiskEvents          negRisk events; default {@value #DEFAULT_NEG_RISK_EVENTS}
 * @param outcomesPerEvent       binary markets per negRisk event (their fair values sum to 1);
 *                               default {@value #DEFAULT_OUTCOMES_PER_EVENT}
 * @param durationMillis         length of a run; default {@value #DEFAULT_DURATION_MILLIS} (2 h); past it
 *                               the crowd stops and only the venue's clock moves
 * @param stepMillis             model step; default {@value #DEFAULT_STEP_MILLIS}
 * @param beliefVolPerSqrtHour   diffusion of the hidden logit per √hour; default {@value #DEFAULT_BELIEF_VOL}
 * @param jumpsPerHour           news jumps per market per hour; default {@value #DEFAULT_JUMPS_PER_HOUR}
 * @param jumpSizeLogit          standard deviation of a jump in logit; default {@value #DEFAULT_JUMP_SIZE_LOGIT}
 * @param makerLagMillis         background makers quote the hidden value as it was this long ago
 *                               (what makes informed flow profitable); default {@value #DEFAULT_MAKER_LAG_MILLIS}
 * @param makerRequoteMillis     how often a background maker replaces its quotes; default {@value #DEFAULT_MAKER_REQUOTE_MILLIS}
 * @param makerHalfSpreadTicks   the least distance of the best quote from the maker's value, in ticks;
 *                               default {@value #DEFAULT_MAKER_HALF_SPREAD_TICKS}
 * @param makerLevels            levels per side; default {@value #DEFAULT_MAKER_LEVELS}
 * @param makerLevelShares       shares per level; default {@value #DEFAULT_MAKER_LEVEL_SHARES}
 * @param makerVolSpreadMultiple the half-spread is at least this many standard deviations of the
 *                               hidden value's move over the maker's staleness (lag + requote),
 *                               diffusion and jumps together; default {@value #DEFAULT_MAKER_VOL_SPREAD_MULTIPLE}
 * @param makerCloseWindowMillis inside this window before a market's scheduled close the makers widen;
 *                               default {@value #DEFAULT_MAKER_CLOSE_WINDOW_MILLIS}
 * @param makerCloseWidening     at the close the half-spread is (1 + this) times its usual size, growing
 *                               linearly through the window; default {@value #DEFAULT_MAKER_CLOSE_WIDENING}
 * @param takersPerMinute        taker arrivals per market per minute; default {@value #DEFAULT_TAKERS_PER_MINUTE}
 * @param informedShare          fraction of taker arrivals that are informed; default {@value #DEFAULT_INFORMED_SHARE}
 * @param informedSkill          0..1: how sharply informed takers see the hidden value (1 = exactly;
 *                               their logit error has sd (1 − skill) × {@value #INFORMED_ERROR_SCALE_LOGIT});
 *                               default {@value #DEFAULT_INFORMED_SKILL}
 * @param informedThreshold      informed takers trade only when the book is off their estimate by more
 *                               than this (probability units); default {@value #DEFAULT_INFORMED_THRESHOLD}
 * @param takerMaxShares         a taker's size is uniform in [5, this]; default {@value #DEFAULT_TAKER_MAX_SHARES}
 * @param closes                 standalone markets resolved at random times in the close window;
 *                               default {@value #DEFAULT_CLOSES}
 * @param eventCloses            negRisk events resolved (one outcome YES, the others NO) at random times in
 *                               the close window; default {@value #DEFAULT_EVENT_CLOSES}
 * @param closeAtMillis          further standalone closes at these offsets from the start (each a market
 *                               chosen by the seed); default none
 * @param closeWindowFrom        random closes and tick changes fall in [from, to) of the run, as fractions;
 *                               default {@value #DEFAULT_CLOSE_WINDOW_FROM}
 * @param closeWindowTo          see closeWindowFrom; default {@value #DEFAULT_CLOSE_WINDOW_TO}
 * @param tickChanges            scheduled tick size changes (0.01 ↔ 0.001 on a random open market);
 *                               default {@value #DEFAULT_TICK_CHANGES}
 * @param fineTickNearEdges      a market whose makers' value leaves [{@value #FINE_TICK_BELOW}, {@value #FINE_TICK_ABOVE}]
 *                               goes to tick 0.001, as the venue does near 0 or 1; default {@value #DEFAULT_FINE_TICK_NEAR_EDGES}
 * @param settlementFailureRate  share of trades that go RETRYING → FAILED; default {@value #DEFAULT_SETTLEMENT_FAILURE_RATE}
 * @param feeRateMicros          taker fee rate of every market, in millionths; default {@value #DEFAULT_FEE_RATE_MICROS} (0.03)
 */
public record ScenarioSettings(int standaloneMarkets, int negRiskEvents, int outcomesPerEvent, long durationMillis,
                               long stepMillis, double beliefVolPerSqrtHour, double jumpsPerHour, double jumpSizeLogit,
                               long makerLagMillis, long makerRequoteMillis, int makerHalfSpreadTicks, int makerLevels,
                               int makerLevelShares, double makerVolSpreadMultiple, long makerCloseWindowMillis,
                               double makerCloseWidening, double takersPerMinute, double informedShare,
                               double informedSkill, double informedThreshold, int takerMaxShares, int closes,
                               int eventCloses, List<Long> closeAtMillis, double closeWindowFrom,
                               double closeWindowTo, int tickChanges, boolean fineTickNearEdges,
                               double settlementFailureRate, long feeRateMicros) {
    public static final int DEFAULT_STANDALONE_MARKETS = 12;
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
    public static final double DEFAULT_MAKER_VOL_SPREAD_MULTIPLE = 0.5;
    public static final long DEFAULT_MAKER_CLOSE_WINDOW_MILLIS = 10 * 60_000L;
    public static final double DEFAULT_MAKER_CLOSE_WIDENING = 2.0;
    public static final double DEFAULT_TAKERS_PER_MINUTE = 15.0;
    public static final double DEFAULT_INFORMED_SHARE = 0.3;
    public static final double DEFAULT_INFORMED_SKILL = 0.9;
    /** An informed taker of skill 0 misjudges the hidden logit with this standard deviation. */
    public static final double INFORMED_ERROR_SCALE_LOGIT = 0.5;
    public static final double DEFAULT_INFORMED_THRESHOLD = 0.02;
    public static final int DEFAULT_TAKER_MAX_SHARES = 40;
    public static final int DEFAULT_CLOSES = 2;
    public static final int DEFAULT_EVENT_CLOSES = 1;
    public static final double DEFAULT_CLOSE_WINDOW_FROM = 0.25;
    public static final double DEFAULT_CLOSE_WINDOW_TO = 0.9;
    public static final int DEFAULT_TICK_CHANGES = 2;
    public static final boolean DEFAULT_FINE_TICK_NEAR_EDGES = true;
    /** The venue moves a market to tick 0.001 when its price goes below this or above {@link #FINE_TICK_ABOVE}. */
    public static final double FINE_TICK_BELOW = 0.04;
    public static final double FINE_TICK_ABOVE = 0.96;
    public static final double DEFAULT_SETTLEMENT_FAILURE_RATE = 0.01;
    public static final long DEFAULT_FEE_RATE_MICROS = 30_000;

    public ScenarioSettings {
        closeAtMillis = List.copyOf(closeAtMillis);
        requireAtLeast(standaloneMarkets, 0, "standaloneMarkets");
        requireAtLeast(negRiskEvents, 0, "negRiskEvents");
        requireAtLeast(outcomesPerEvent, 2, "outcomesPerEvent");
        requireAtLeast(makerLevels, 1, "makerLevels");
        requireAtLeast(makerHalfSpreadTicks, 1, "makerHalfSpreadTicks");
        requireAtLeast(makerLevelShares, 5, "makerLevelShares");
        requireAtLeast(takerMaxShares, 5, "takerMaxShares");
        requireAtLeast(closes, 0, "closes");
        requireAtLeast(eventCloses, 0, "eventCloses");
        requireAtLeast(tickChanges, 0, "tickChanges");
        if (closes + closeAtMillis.size() > standaloneMarkets) {
            throw new IllegalArgumentException("cannot close " + (closes + closeAtMillis.size()) + " of "
                    + standaloneMarkets + " standalone markets");
        }
        if (eventCloses > negRiskEvents) {
            throw new IllegalArgumentException("cannot close " + eventCloses + " of " + negRiskEvents + " negRisk events");
        }
        if (stepMillis <= 0 || durationMillis < stepMillis || makerRequoteMillis < stepMillis || makerLagMillis < 0) {
            throw new IllegalArgumentException("need 0 < step ≤ duration, requote ≥ step and lag ≥ 0");
        }
        for (long at : closeAtMillis) {
            if (at < 0 || at >= durationMillis) {
                throw new IllegalArgumentException("closeAtMillis " + at + " is outside the run [0, " + durationMillis + ")");
            }
        }
        if (!(closeWindowFrom >= 0 && closeWindowFrom < closeWindowTo && closeWindowTo <= 1)) {
            throw new IllegalArgumentException("need 0 ≤ closeWindowFrom < closeWindowTo ≤ 1, was ["
                    + closeWindowFrom + ", " + closeWindowTo + ")");
        }
        requireProbability(informedShare, "informedShare");
        requireProbability(informedSkill, "informedSkill");
        requireProbability(settlementFailureRate, "settlementFailureRate");
        if (beliefVolPerSqrtHour < 0 || jumpsPerHour < 0 || jumpSizeLogit < 0 || takersPerMinute < 0 || informedThreshold < 0
                || makerVolSpreadMultiple < 0 || makerCloseWidening < 0 || makerCloseWindowMillis < 0 || feeRateMicros < 0) {
            throw new IllegalArgumentException("rates, sizes, thresholds and windows must not be negative");
        }
    }

    public static ScenarioSettings defaults() {
        return new Builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The same world, shorter or longer. */
    public ScenarioSettings withDuration(long millis) {
        return toBuilder().durationMillis(millis).build();
    }

    /** The same world with another crowd: market counts, taker flow, closes and tick changes. */
    public ScenarioSettings withCrowd(int standalone, int events, double takersPerMin, int closeCount, int tickChangeCount) {
        return toBuilder().standaloneMarkets(standalone).negRiskEvents(events).takersPerMinute(takersPerMin)
                .closes(closeCount).eventCloses(Math.min(eventCloses, events)).tickChanges(tickChangeCount).build();
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

    /** Starts from the defaults (or from given settings); {@link #build()} validates. */
    public static final class Builder {
        private int standaloneMarkets = DEFAULT_STANDALONE_MARKETS;
        private int negRiskEvents = DEFAULT_NEG_RISK_EVENTS;
        private int outcomesPerEvent = DEFAULT_OUTCOMES_PER_EVENT;
        private long durationMillis = DEFAULT_DURATION_MILLIS;
        private long stepMillis = DEFAULT_STEP_MILLIS;
        private double beliefVol = DEFAULT_BELIEF_VOL;
        private double jumpsPerHour = DEFAULT_JUMPS_PER_HOUR;
        private double jumpSizeLogit = DEFAULT_JUMP_SIZE_LOGIT;
        private long makerLagMillis = DEFAULT_MAKER_LAG_MILLIS;
        private long makerRequoteMillis = DEFAULT_MAKER_REQUOTE_MILLIS;
        private int makerHalfSpreadTicks = DEFAULT_MAKER_HALF_SPREAD_TICKS;
        private int makerLevels = DEFAULT_MAKER_LEVELS;
        private int makerLevelShares = DEFAULT_MAKER_LEVEL_SHARES;
        private double makerVolSpreadMultiple = DEFAULT_MAKER_VOL_SPREAD_MULTIPLE;
        private long makerCloseWindowMillis = DEFAULT_MAKER_CLOSE_WINDOW_MILLIS;
        private double makerCloseWidening = DEFAULT_MAKER_CLOSE_WIDENING;
        private double takersPerMinute = DEFAULT_TAKERS_PER_MINUTE;
        private double informedShare = DEFAULT_INFORMED_SHARE;
        private double informedSkill = DEFAULT_INFORMED_SKILL;
        private double informedThreshold = DEFAULT_INFORMED_THRESHOLD;
        private int takerMaxShares = DEFAULT_TAKER_MAX_SHARES;
        private int closes = DEFAULT_CLOSES;
        private int eventCloses = DEFAULT_EVENT_CLOSES;
        private List<Long> closeAtMillis = List.of();
        private double closeWindowFrom = DEFAULT_CLOSE_WINDOW_FROM;
        private double closeWindowTo = DEFAULT_CLOSE_WINDOW_TO;
        private int tickChanges = DEFAULT_TICK_CHANGES;
        private boolean fineTickNearEdges = DEFAULT_FINE_TICK_NEAR_EDGES;
        private double settlementFailureRate = DEFAULT_SETTLEMENT_FAILURE_RATE;
        private long feeRateMicros = DEFAULT_FEE_RATE_MICROS;

        private Builder() {}

        private Builder(ScenarioSettings s) {
            standaloneMarkets = s.standaloneMarkets;
            negRiskEvents = s.negRiskEvents;
            outcomesPerEvent = s.outcomesPerEvent;
            durationMillis = s.durationMillis;
            stepMillis = s.stepMillis;
            beliefVol = s.beliefVolPerSqrtHour;
            jumpsPerHour = s.jumpsPerHour;
            jumpSizeLogit = s.jumpSizeLogit;
            makerLagMillis = s.makerLagMillis;
            makerRequoteMillis = s.makerRequoteMillis;
            makerHalfSpreadTicks = s.makerHalfSpreadTicks;
            makerLevels = s.makerLevels;
            makerLevelShares = s.makerLevelShares;
            makerVolSpreadMultiple = s.makerVolSpreadMultiple;
            makerCloseWindowMillis = s.makerCloseWindowMillis;
            makerCloseWidening = s.makerCloseWidening;
            takersPerMinute = s.takersPerMinute;
            informedShare = s.informedShare;
            informedSkill = s.informedSkill;
            informedThreshold = s.informedThreshold;
            takerMaxShares = s.takerMaxShares;
            closes = s.closes;
            eventCloses = s.eventCloses;
            closeAtMillis = s.closeAtMillis;
            closeWindowFrom = s.closeWindowFrom;
            closeWindowTo = s.closeWindowTo;
            tickChanges = s.tickChanges;
            fineTickNearEdges = s.fineTickNearEdges;
            settlementFailureRate = s.settlementFailureRate;
            feeRateMicros = s.feeRateMicros;
        }

        public Builder standaloneMarkets(int v) { standaloneMarkets = v; return this; }
        public Builder negRiskEvents(int v) { negRiskEvents = v; return this; }
        public Builder outcomesPerEvent(int v) { outcomesPerEvent = v; return this; }
        public Builder durationMillis(long v) { durationMillis = v; return this; }
        public Builder stepMillis(long v) { stepMillis = v; return this; }
        public Builder beliefVolPerSqrtHour(double v) { beliefVol = v; return this; }
        public Builder jumpsPerHour(double v) { jumpsPerHour = v; return this; }
        public Builder jumpSizeLogit(double v) { jumpSizeLogit = v; return this; }
        public Builder makerLagMillis(long v) { makerLagMillis = v; return this; }
        public Builder makerRequoteMillis(long v) { makerRequoteMillis = v; return this; }
        public Builder makerHalfSpreadTicks(int v) { makerHalfSpreadTicks = v; return this; }
        public Builder makerLevels(int v) { makerLevels = v; return this; }
        public Builder makerLevelShares(int v) { makerLevelShares = v; return this; }
        public Builder makerVolSpreadMultiple(double v) { makerVolSpreadMultiple = v; return this; }
        public Builder makerCloseWindowMillis(long v) { makerCloseWindowMillis = v; return this; }
        public Builder makerCloseWidening(double v) { makerCloseWidening = v; return this; }
        public Builder takersPerMinute(double v) { takersPerMinute = v; return this; }
        public Builder informedShare(double v) { informedShare = v; return this; }
        public Builder informedSkill(double v) { informedSkill = v; return this; }
        public Builder informedThreshold(double v) { informedThreshold = v; return this; }
        public Builder takerMaxShares(int v) { takerMaxShares = v; return this; }
        public Builder closes(int v) { closes = v; return this; }
        public Builder eventCloses(int v) { eventCloses = v; return this; }
        public Builder closeAtMillis(List<Long> v) { closeAtMillis = List.copyOf(v); return this; }
        public Builder closeWindowFrom(double v) { closeWindowFrom = v; return this; }
        public Builder closeWindowTo(double v) { closeWindowTo = v; return this; }
        public Builder tickChanges(int v) { tickChanges = v; return this; }
        public Builder fineTickNearEdges(boolean v) { fineTickNearEdges = v; return this; }
        public Builder settlementFailureRate(double v) { settlementFailureRate = v; return this; }
        public Builder feeRateMicros(long v) { feeRateMicros = v; return this; }

        public ScenarioSettings build() {
            return new ScenarioSettings(standaloneMarkets, negRiskEvents, outcomesPerEvent, durationMillis, stepMillis,
                    beliefVol, jumpsPerHour, jumpSizeLogit, makerLagMillis, makerRequoteMillis, makerHalfSpreadTicks,
                    makerLevels, makerLevelShares, makerVolSpreadMultiple, makerCloseWindowMillis, makerCloseWidening,
                    takersPerMinute, informedShare, informedSkill, informedThreshold, takerMaxShares, closes,
                    eventCloses, closeAtMillis, closeWindowFrom, closeWindowTo, tickChanges, fineTickNearEdges,
                    settlementFailureRate, feeRateMicros);
        }
    }
}
