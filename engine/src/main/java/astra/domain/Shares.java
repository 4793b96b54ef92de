package astra.domain;

import java.math.BigDecimal;

/** A non-negative quantity of outcome tokens in the venue's fixed units (1e-6 of a share). */
public record Shares(long micros) implements Comparable<Shares> {
    public static final Shares ZERO = new Shares(0);

    public Shares {
        if (micros < 0) {
            throw new IllegalArgumentException("negative size: " + Micros.format(micros));
        }
    }

    public static Shares parse(String decimal) {
        return new Shares(Micros.parse(decimal));
    }

    public static Shares of(BigDecimal value) {
        return new Shares(Micros.of(value));
    }

    public static Shares whole(long shares) {
        return new Shares(Math.multiplyExact(shares, Micros.SCALE));
    }

    public BigDecimal toBigDecimal() {
        return Micros.toBigDecimal(micros);
    }

    public boolean isZero() {
        return micros == 0;
    }

    public Shares plus(Shares other) {
        return new Shares(Math.addExact(micros, other.micros));
    }

    public Shares minus(Shares other) {
        return new Shares(Math.subtractExact(micros, other.micros));
    }

    public Shares min(Shares other) {
        return micros <= other.micros ? this : other;
    }

    @Override
    public int compareTo(Shares o) {
        return Long.compare(micros, o.micros);
    }

    @Override
    public String toString() {
        return Micros.format(micros);
    }

    // Written out, not left to the record: see this package's notes on equals and the JIT.
    @Override
    public boolean equals(Object o) {
        return o instanceof Shares other && micros == other.micros;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(micros); // the record's own: its one component's hash
    }
}
