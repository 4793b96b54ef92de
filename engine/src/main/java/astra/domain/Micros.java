package astra.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fixed-point arithmetic in millionths, the unit the venue uses for every amount (pUSD and outcome
 * tokens both have 6 decimals). Conversions are exact or fail: a value with more than six
 * decimals is refused rather than silently rounded.
 */
public final class Micros {
    public static final long SCALE = 1_000_000L;
    public static final int DECIMALS = 6;
    /** Integer digits beyond which no value fits a long of millionths (its maximum is about 9.2e12). */
    private static final int MAX_INTEGER_DIGITS = 13;

    private Micros() {}

    /** Parses a decimal string exactly; fails on more than six decimals. */
    public static long parse(String decimal) {
        if (decimal == null || decimal.isBlank()) {
            throw new IllegalArgumentException("empty decimal");
        }
        try {
            return of(new BigDecimal(decimal.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal: '" + decimal + "'", e);
        }
    }

    /** Converts exactly; fails when the value has more than six decimals. */
    public static long of(BigDecimal value) {
        // Checked on the exponent first: "1e999999999" or "1e-999999999" would otherwise make
        // setScale compute a power of ten with a billion digits, stalling the caller for minutes.
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.signum() != 0
                && (stripped.scale() > DECIMALS || stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS)) {
            throw new IllegalArgumentException(value + " is not representable in millionths");
        }
        try {
            return value.movePointRight(DECIMALS).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    value.toPlainString() + " is not representable in millionths", e);
        }
    }

    /** Converts with an explicit rounding, for values derived by arithmetic. */
    public static long of(BigDecimal value, RoundingMode rounding) {
        return value.movePointRight(DECIMALS).setScale(0, rounding).longValueExact();
    }

    public static BigDecimal toBigDecimal(long micros) {
        return BigDecimal.valueOf(micros, DECIMALS);
    }

    /**
     * Plain decimal text without trailing zeros ("0.5", "12", "-0.0001"), as
     * {@code toBigDecimal(micros).stripTrailingZeros().toPlainString()} writes it. Written out in
     * whole numbers because prices and sizes are formatted into every order's reason on the path
     * from a book move to an order, where the decimal route was a measurable share
     * (docs/benchmarks.md, latency).
     */
    public static String format(long micros) {
        if (micros == Long.MIN_VALUE) { // its magnitude has no long
            return toBigDecimal(micros).stripTrailingZeros().toPlainString();
        }
        long magnitude = Math.abs(micros);
        long whole = magnitude / SCALE;
        int fraction = (int) (magnitude % SCALE);
        StringBuilder text = new StringBuilder(24);
        if (micros < 0) {
            text.append('-');
        }
        text.append(whole);
        if (fraction != 0) {
            String digits = Integer.toString((int) SCALE + fraction); // a leading 1, then six digits
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            text.append('.').append(digits, 1, end);
        }
        return text.toString();
    }
}
