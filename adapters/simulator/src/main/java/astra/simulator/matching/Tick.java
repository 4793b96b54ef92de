package astra.simulator.matching;

import java.util.Arrays;

/**
 * The venue's tick sizes (0.1, 0.01, 0.001, 0.0001, and since mid-2026 0.005 and 0.0025), with
 * the valid price band tick ≤ p ≤ 1 − tick.
 */
public enum Tick {
    TENTH(100_000),
    HUNDREDTH(10_000),
    FIVE_THOUSANDTHS(5_000),
    THOUSANDTH(1_000),
    TWENTY_FIVE_TEN_THOUSANDTHS(2_500),
    TEN_THOUSANDTH(100);

    private final long micros;

    Tick(long micros) {
        this.micros = micros;
    }

    public static Tick ofMicros(long micros) {
        return Arrays.stream(values())
                .filter(t -> t.micros == micros)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown tick size " + Amounts.format(micros)));
    }

    public long micros() {
        return micros;
    }

    public long minPrice() {
        return micros;
    }

    public long maxPrice() {
        return Amounts.ONE - micros;
    }

    /** Whether the price is on this tick and inside [tick, 1 − tick]. */
    public boolean accepts(long priceMicros) {
        return priceMicros % micros == 0 && priceMicros >= minPrice() && priceMicros <= maxPrice();
    }

    /** The highest valid price at or below p (clamped into the band); for model-made bids. */
    public long floor(long priceMicros) {
        return clamp(Math.floorDiv(priceMicros, micros) * micros);
    }

    /** The lowest valid price at or above p (clamped into the band); for model-made asks. */
    public long ceil(long priceMicros) {
        return clamp(-Math.floorDiv(-priceMicros, micros) * micros);
    }

    private long clamp(long p) {
        return Math.max(minPrice(), Math.min(maxPrice(), p));
    }

    @Override
    public String toString() {
        return Amounts.format(micros);
    }
}
