package astra.domain;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The venue's tick sizes with the decimals the venue rounds to at each (price, size, amount);
 * 0.005 rounds like 0.001 and 0.0025 like 0.0001 (venue SDK rounding config, 2026-07).
 */
public enum TickSize {
    TENTH("0.1", 1, 2, 3),
    HUNDREDTH("0.01", 2, 2, 4),
    THOUSANDTH("0.001", 3, 2, 5),
    TEN_THOUSANDTH("0.0001", 4, 2, 6),
    FIVE_THOUSANDTHS("0.005", 3, 2, 5),
    TWENTY_FIVE_TEN_THOUSANDTHS("0.0025", 4, 2, 6);

    /** Micros in one unit of the last size decimal, by decimals: 10^(6 − decimals). */
    private static final long[] SIZE_UNIT_MICROS = {1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private final String text;
    private final long micros;
    private final int priceDecimals;
    private final int sizeDecimals;
    private final int amountDecimals;

    TickSize(String text, int priceDecimals, int sizeDecimals, int amountDecimals) {
        this.text = text;
        this.micros = Micros.parse(text);
        this.priceDecimals = priceDecimals;
        this.sizeDecimals = sizeDecimals;
        this.amountDecimals = amountDecimals;
    }

    /** Finds the tick for the venue's text ("0.01", "0.010", "0.0025"); fails on any other. */
    public static TickSize parse(String text) {
        long m;
        try {
            m = Micros.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown tick size '" + text + "'", e);
        }
        return Arrays.stream(values())
                .filter(t -> t.micros == m)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown tick size '" + text + "'"));
    }

    public long micros() {
        return micros;
    }

    public BigDecimal value() {
        return Micros.toBigDecimal(micros);
    }

    public Price asPrice() {
        return new Price(micros);
    }

    /** The lowest valid price: one tick. */
    public Price minPrice() {
        return new Price(micros);
    }

    /** The highest valid price: 1 − tick. */
    public Price maxPrice() {
        return new Price(Micros.SCALE - micros);
    }

    public int priceDecimals() {
        return priceDecimals;
    }

    public int sizeDecimals() {
        return sizeDecimals;
    }

    /** {@code size} floored to the {@link #sizeDecimals()} the venue takes at this tick. */
    public Shares floorSize(Shares size) {
        long unit = SIZE_UNIT_MICROS[sizeDecimals];
        return new Shares(size.micros() - size.micros() % unit); // sizes are non-negative
    }

    public int amountDecimals() {
        return amountDecimals;
    }

    @Override
    public String toString() {
        return text;
    }
}
