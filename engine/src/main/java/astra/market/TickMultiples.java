package astra.market;

import astra.domain.Micros;

/**
 * Whether a price is a whole number of ticks, by a multiply and a shift instead of a division:
 * a book checks every level it applies, and the long division was about a tenth of the cost of
 * applying a snapshot.
 *
 * <p>Why it is exact: with {@code m = floor(2^40 / tick) + 1}, {@code price * m / 2^40} exceeds
 * {@code price / tick} by less than {@code price / 2^40 <= 10^6 / 2^40 < 10^-6 <= 1 / tick}, and the
 * fractional part of {@code price / tick} is at most {@code (tick - 1) / tick}, so the floor is
 * {@code price / tick}'s for every price in [0, 1] (0 to 10^6 micros) and every tick up to 1. The
 * product stays below 2^63. Prices outside [0, 1] are divided the ordinary way.
 */
final class TickMultiples {
    private static final int SHIFT = 40;

    private final long tick;
    private final long reciprocal;

    TickMultiples(long tickMicros) {
        if (tickMicros <= 0 || tickMicros > Micros.SCALE) {
            throw new IllegalArgumentException("tick outside (0, 1]: " + tickMicros);
        }
        this.tick = tickMicros;
        this.reciprocal = (1L << SHIFT) / tickMicros + 1;
    }

    boolean contains(long priceMicros) {
        if (priceMicros < 0 || priceMicros > Micros.SCALE) {
            return priceMicros % tick == 0;
        }
        long ticks = (priceMicros * reciprocal) >>> SHIFT;
        return ticks * tick == priceMicros;
    }
}
