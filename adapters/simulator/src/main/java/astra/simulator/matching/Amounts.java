package astra.simulator.matching;

import java.math.BigDecimal;

/**
 * Fixed-point helpers in millionths, the unit of pUSD and outcome tokens on the venue (6
 * decimals). Every product is checked exact: a price × size that would need rounding is a bug in
 * validation upstream, not something to round away silently.
 */
public final class Amounts {
    /** One whole unit (1 pUSD, 1 share, price 1.0) in millionths. */
    public static final long ONE = 1_000_000L;
    /** The venue's size granularity: sizes have at most two decimals. */
    public static final long SIZE_STEP = 10_000L;

    /** The text of every price on the finest tick (0.001), the market channel's most written values. */
    private static final long MILLI = 1_000;
    private static final String[] PRICES = new String[(int) (ONE / MILLI) + 1];

    static {
        for (int i = 0; i < PRICES.length; i++) {
            PRICES[i] = written(i * MILLI);
        }
    }

    private Amounts() {}

    /** price × size in micro-pUSD; exact for on-tick prices and two-decimal sizes. */
    public static long notional(long priceMicros, long sizeMicros) {
        long product = Math.multiplyExact(priceMicros, sizeMicros);
        if (product % ONE != 0) {
            throw new ArithmeticException("price " + format(priceMicros) + " x size " + format(sizeMicros)
                    + " is not a whole number of micro-pUSD");
        }
        return product / ONE;
    }

    /** The complementary price 1 − p (the other outcome's price of the same market). */
    public static long complement(long priceMicros) {
        return ONE - priceMicros;
    }

    /** Parses decimal text exactly into millionths (for tests and settings); fails on more decimals. */
    public static long parse(String decimal) {
        try {
            return new BigDecimal(decimal.trim()).movePointRight(6).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal with at most six places: '" + decimal + "'", e);
        }
    }

    /** Plain decimal text without trailing zeros ("0.52", "5", "0.00123"). */
    public static String format(long micros) {
        if (micros >= 0 && micros <= ONE && micros % MILLI == 0) {
            return PRICES[(int) (micros / MILLI)];
        }
        return written(micros);
    }

    private static String written(long micros) {
        if (micros == Long.MIN_VALUE) {
            BigDecimal d = BigDecimal.valueOf(micros, 6).stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        }
        // Written by hand rather than through BigDecimal: the market channel formats every
        // price and size it sends, and this is the same text (whole part, then the fraction
        // without its trailing zeros).
        long abs = Math.abs(micros);
        long fraction = abs % ONE;
        StringBuilder out = new StringBuilder(16);
        if (micros < 0) {
            out.append('-');
        }
        out.append(abs / ONE);
        if (fraction != 0) {
            int digits = 6;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            out.append('.');
            String f = Long.toString(fraction);
            for (int pad = digits - f.length(); pad > 0; pad--) {
                out.append('0');
            }
            out.append(f);
        }
        return out.toString();
    }
}
