package astra.domain;

import java.math.BigDecimal;

/** A signed amount of collateral (pUSD, 6 decimals) in millionths of a dollar. */
public record Usd(long micros) implements Comparable<Usd> {
    public static final Usd ZERO = new Usd(0);

    public static Usd parse(String decimal) {
        return new Usd(Micros.parse(decimal));
    }

    public static Usd of(BigDecimal value) {
        return new Usd(Micros.of(value));
    }

    public BigDecimal toBigDecimal() {
        return Micros.toBigDecimal(micros);
    }

    public Usd plus(Usd other) {
        return new Usd(Math.addExact(micros, other.micros));
    }

    public Usd minus(Usd other) {
        return new Usd(Math.subtractExact(micros, other.micros));
    }

    public Usd negate() {
        return new Usd(Math.negateExact(micros));
    }

    public boolean isNegative() {
        return micros < 0;
    }

    @Override
    public int compareTo(Usd o) {
        return Long.compare(micros, o.micros);
    }

    @Override
    public String toString() {
        return Micros.format(micros);
    }

    // Written out, not left to the record: see this package's notes on equals and the JIT.
    @Override
    public boolean equals(Object o) {
        return o instanceof Usd other && micros == other.micros;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(micros); // the record's own: its one component's hash
    }
}
