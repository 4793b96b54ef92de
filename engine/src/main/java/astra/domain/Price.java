package astra.domain;

import java.math.BigDecimal;

/**
 * A probability price in [0, 1], fixed-point in millionths. Six decimals hold every tick the venue
 * uses (0.1 down to 0.0001, and 0.005, 0.0025) and the mid of any two such prices.
 */
public record Price(long micros) implements Comparable<Price> {
    public static final Price ZERO = new Price(0);
    public static final Price ONE = new Price(Micros.SCALE);

    public Price {
        if (micros < 0 || micros > Micros.SCALE) {
            throw new IllegalArgumentException("price outside [0, 1]: " + Micros.format(micros));
        }
    }

    public static Price parse(String decimal) {
        return new Price(Micros.parse(decimal));
    }

    public static Price of(BigDecimal value) {
        return new Price(Micros.of(value));
    }

    public BigDecimal toBigDecimal() {
        return Micros.toBigDecimal(micros);
    }

    /** The price of the complementary outcome: 1 − p. */
    public Price complement() {
        return new Price(Micros.SCALE - micros);
    }

    public boolean isOnTick(TickSize tick) {
        return micros % tick.micros() == 0;
    }

    public boolean isAbove(Price other) {
        return micros > other.micros;
    }

    public boolean isBelow(Price other) {
        return micros < other.micros;
    }

    @Override
    public int compareTo(Price o) {
        return Long.compare(micros, o.micros);
    }

    @Override
    public String toString() {
        return Micros.format(micros);
    }

    // Written out, not left to the record: see this package's notes on equals and the JIT.
    @Override
    public boolean equals(Object o) {
        return o instanceof Price other && micros == other.micros;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(micros); // the record's own: its one component's hash
    }
}
