package astra.facts;

import java.math.BigDecimal;

/** Argument checks shared by the fact records, with messages naming the field. */
final class FactChecks {
    private FactChecks() {}

    static String market(String market) {
        if (market == null || market.isBlank()) {
            throw new IllegalArgumentException("market must not be blank");
        }
        return market;
    }

    static void notNegative(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative, was " + value);
        }
    }

    static void unitInterval(BigDecimal value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(what + " must be in [0, 1], was " + value.toPlainString());
        }
    }

    static void required(Object value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
    }
}
