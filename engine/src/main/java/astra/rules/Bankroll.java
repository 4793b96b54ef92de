package astra.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact comparison of an exposure with a fraction of bankroll, shared by the exposure facts. */
final class Bankroll {
    private Bankroll() {}

    static void requirePositive(long bankrollMicros) {
        if (bankrollMicros <= 0) {
            throw new IllegalArgumentException("bankroll must be positive, was " + bankrollMicros + " micros");
        }
    }

    /** exposure >= fraction x bankroll, exactly (the fraction is never rounded). */
    static boolean reaches(long exposureMicros, BigDecimal fraction, long bankrollMicros) {
        return BigDecimal.valueOf(exposureMicros).compareTo(fraction.multiply(BigDecimal.valueOf(bankrollMicros))) >= 0;
    }

    /** exposure / bankroll to six decimals, for the audit text only. */
    static BigDecimal fraction(long exposureMicros, long bankrollMicros) {
        return BigDecimal.valueOf(exposureMicros).divide(BigDecimal.valueOf(bankrollMicros), 6, RoundingMode.HALF_EVEN);
    }
}
