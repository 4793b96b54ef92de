package astra.simulator.world;

import astra.simulator.matching.Amounts;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The hidden fair value of every market at every model step, in millionths (rounded to the
 * nearest: it is a probability, not money, kept in the venue's unit so markouts stay integer).
 * The ground truth for markouts: what a fill was worth when it happened. A resolved market's value
 * is 1 or 0 from the step it closed.
 *
 * <p>Each market's series grows as steps are recorded, up to the run's step count: a run is sized
 * for its whole duration (2 h of 1 s steps by default), yet a session embedding the simulator in
 * real time records only its own minutes, and 1,000 markets' full series were ~65 MB of a live
 * heap of ~180 MB. Values are kept as {@code int}s (a probability in millionths is at most one
 * million): a whole day of 1 s steps over 200 markets is 69 MB, not 138.
 */
public final class FairValueTape {
    private final long startMillis;
    private final long stepMillis;
    /** The first length of a series; it doubles from there, up to {@code steps}. */
    static final int INITIAL_STEPS = 64;
    private final Map<String, int[]> values = new HashMap<>();
    /** Token id → its market, and whether it is the YES token. */
    private final Map<String, Map.Entry<String, Boolean>> tokens = new HashMap<>();
    private final int steps;
    private int recorded;

    FairValueTape(Iterable<WorldMarket> markets, long startMillis, long stepMillis, int steps) {
        this.startMillis = startMillis;
        this.stepMillis = stepMillis;
        this.steps = steps;
        for (WorldMarket m : markets) {
            values.put(m.conditionId(), new int[Math.min(steps, INITIAL_STEPS)]);
            tokens.put(m.yesToken(), Map.entry(m.conditionId(), true));
            tokens.put(m.noToken(), Map.entry(m.conditionId(), false));
        }
    }

    void record(WorldMarket market, double fair) {
        int[] series = values.get(market.conditionId());
        if (recorded >= series.length && series.length < steps) {
            series = Arrays.copyOf(series, (int) Math.min(steps, 2L * series.length));
            values.put(market.conditionId(), series);
        }
        series[recorded] = Math.toIntExact(Math.round(fair * Amounts.ONE)); // past the last step: out of bounds, as before
    }

    /** Marks the current step complete (all markets recorded). */
    void advance() {
        recorded++;
    }

    /** The fair value in force at {@code timeMillis}: the last step recorded at or before it. */
    public long fairMicros(String conditionId, long timeMillis) {
        int[] series = values.get(conditionId);
        if (series == null) {
            throw new IllegalArgumentException("no such market on the tape: " + conditionId);
        }
        if (timeMillis < startMillis || recorded == 0) {
            throw new IllegalArgumentException("nothing recorded at " + timeMillis);
        }
        int index = (int) Math.min((timeMillis - startMillis) / stepMillis, recorded - 1L);
        return series[index];
    }

    /**
     * The hidden value of one outcome token at {@code timeMillis}: the market's fair value for
     * its YES token, 1 − that for its NO token (exact in millionths). Past the last recorded step
     * the last value stands.
     */
    public long tokenValueMicros(String tokenId, long timeMillis) {
        Map.Entry<String, Boolean> market = tokens.get(tokenId);
        if (market == null) {
            throw new IllegalArgumentException("no such token on the tape: " + tokenId);
        }
        long fair = fairMicros(market.getKey(), timeMillis);
        return market.getValue() ? fair : Amounts.ONE - fair;
    }

    public int recordedSteps() {
        return recorded;
    }

    public int capacity() {
        return steps;
    }
}
