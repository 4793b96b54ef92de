package astra.execution;

import astra.domain.Micros;
import astra.domain.Price;
import astra.domain.Side;
import astra.domain.TickSize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Puts a raw (computed) price onto the market's tick grid on the safe side: a bid rounds DOWN (we
 * never pay more than we computed), an ask rounds UP (we never sell for less), and only then is
 * the result clamped into the venue's valid range [tick, 1 − tick].
 *
 * <p>Why this order: rounding first makes the clamp the last word, so the result is always a valid
 * order price even when the raw price sits within a tick of 0 or 1 (an ask at 0.9996 on tick 0.001
 * rounds to 1.000, which the venue refuses, and the clamp brings it to 0.999). Because both bounds
 * lie on the grid, clamping first and rounding afterwards would give the same prices; what must not
 * happen is rounding without a clamp after it. Near the bounds the clamp moves a price to the
 * aggressive side of its raw value (0.999 &lt; 0.9996); callers that cannot accept that compare the
 * result with their raw price.
 *
 * <p>Raw prices outside [0, 1] are refused: they are a bug upstream, and clamping them would quote
 * a price the strategy never meant.
 */
public final class TickRounding {
    /** How far from a whole number of ticks a double must be to be rounded as a double. */
    private static final double CLEAR_OF_THE_GRID = 1e-7;

    private TickRounding() {}

    /** Rounds a bid down to the tick, then clamps into [tick, 1 − tick]. */
    public static Price bid(BigDecimal raw, TickSize tick) {
        return roundThenClamp(raw, tick, RoundingMode.FLOOR);
    }

    /** Rounds an ask up to the tick, then clamps into [tick, 1 − tick]. */
    public static Price ask(BigDecimal raw, TickSize tick) {
        return roundThenClamp(raw, tick, RoundingMode.CEILING);
    }

    /** A bid or an ask, by side: BUY is a bid, SELL an ask. */
    public static Price forSide(Side side, BigDecimal raw, TickSize tick) {
        Objects.requireNonNull(side, "side");
        return side == Side.BUY ? bid(raw, tick) : ask(raw, tick);
    }

    /**
     * {@link #bid(BigDecimal, TickSize)} of {@code BigDecimal.valueOf(raw)}, the same price, without
     * writing the double out in decimal (a good part of a quote's cost when it was).
     */
    public static Price bid(double raw, TickSize tick) {
        return roundThenClamp(raw, tick, RoundingMode.FLOOR);
    }

    /**
     * {@link #ask(BigDecimal, TickSize)} of {@code BigDecimal.valueOf(raw)}, the same price (see
     * {@link #bid(double, TickSize)}).
     */
    public static Price ask(double raw, TickSize tick) {
        return roundThenClamp(raw, tick, RoundingMode.CEILING);
    }

    /** {@link #bid(BigDecimal, TickSize)} for a raw price in micros. */
    public static Price bidMicros(long rawMicros, TickSize tick) {
        return bid(Micros.toBigDecimal(rawMicros), tick);
    }

    /** {@link #ask(BigDecimal, TickSize)} for a raw price in micros. */
    public static Price askMicros(long rawMicros, TickSize tick) {
        return ask(Micros.toBigDecimal(rawMicros), tick);
    }

    /**
     * In doubles where that is exact. {@code BigDecimal.valueOf(raw)} is the shortest decimal that
     * reads back as {@code raw}, within half an ulp of it (about 1e-16 in [0, 1]), so raw in ticks
     * and that decimal in ticks differ by far less than {@link #CLEAR_OF_THE_GRID}; where raw in
     * ticks is not that close to a whole number both round to the same tick. Close to a tick, out
     * of range or not a number, the decimal route decides (and refuses alike).
     */
    private static Price roundThenClamp(double raw, TickSize tick, RoundingMode towardSafeSide) {
        Objects.requireNonNull(tick, "tick");
        double inTicks = raw * Micros.SCALE / tick.micros();
        double below = Math.floor(inTicks);
        boolean nearATick = inTicks - below < CLEAR_OF_THE_GRID || below + 1 - inTicks < CLEAR_OF_THE_GRID;
        if (!(raw >= 0 && raw <= 1) || nearATick) {
            return roundThenClamp(BigDecimal.valueOf(raw), tick, towardSafeSide);
        }
        long ticks = towardSafeSide == RoundingMode.FLOOR ? (long) below : (long) below + 1;
        return clamp(ticks * tick.micros(), tick);
    }

    private static Price clamp(long rounded, TickSize tick) {
        return new Price(Math.max(tick.minPrice().micros(), Math.min(tick.maxPrice().micros(), rounded)));
    }

    private static Price roundThenClamp(BigDecimal raw, TickSize tick, RoundingMode towardSafeSide) {
        Objects.requireNonNull(raw, "raw price");
        Objects.requireNonNull(tick, "tick");
        if (raw.signum() < 0 || raw.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("raw price " + raw.toPlainString() + " outside [0, 1]");
        }
        long ticks = raw.divide(tick.value(), 0, towardSafeSide).longValueExact();
        return clamp(ticks * tick.micros(), tick);
    }
}
