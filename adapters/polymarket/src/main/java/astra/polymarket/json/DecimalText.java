package astra.polymarket.json;

import astra.domain.Micros;

/**
 * Exact decimal text to micros (1e-6 units) without building a String or a BigDecimal for the
 * common form the venue sends ("0.514", "21574.08", "150.0"). Anything else (an exponent, a sign,
 * more than twelve integer digits) falls back to {@link Micros#parse}, which is exact too, so the
 * fast path changes speed and never the result.
 */
public final class DecimalText {
    private static final int MAX_INTEGER_DIGITS = 12;

    private DecimalText() {}

    /** Parses exactly; fails on text that is not a decimal or has non-zero digits past the sixth decimal. */
    public static long micros(char[] buf, int offset, int length) {
        long value = fastMicros(buf, offset, length, true);
        return value >= 0 ? value : Micros.parse(new String(buf, offset, length));
    }

    public static long micros(String text) {
        if (text == null) {
            throw new IllegalArgumentException("empty decimal");
        }
        return micros(text.toCharArray(), 0, text.length());
    }

    /**
     * The value of a plain unsigned decimal ({@code digits[.digits]}) with at most six decimals,
     * or −1 for any other text — including forms {@link #micros} would accept exactly, such as
     * trailing zeros past the sixth decimal or an exponent. For hot paths that hand anything
     * unusual to a slower, complete reader rather than parse it themselves.
     */
    public static long plainMicros(char[] buf, int offset, int length) {
        return fastMicros(buf, offset, length, false);
    }

    /** The value, or −1 when the text is not in the plain unsigned form this method handles. */
    private static long fastMicros(char[] buf, int offset, int length, boolean zerosPastSixth) {
        int end = offset + length;
        int i = offset;
        long integer = 0;
        int integerDigits = 0;
        while (i < end && buf[i] >= '0' && buf[i] <= '9') {
            integer = integer * 10 + (buf[i] - '0');
            i++;
            if (++integerDigits > MAX_INTEGER_DIGITS) {
                return -1;
            }
        }
        long fraction = 0;
        int fractionDigits = 0;
        if (i < end && buf[i] == '.') {
            i++;
            while (i < end && buf[i] >= '0' && buf[i] <= '9') {
                int digit = buf[i] - '0';
                if (fractionDigits < Micros.DECIMALS) {
                    fraction = fraction * 10 + digit;
                } else if (digit != 0 || !zerosPastSixth) {
                    return -1;
                }
                fractionDigits++;
                i++;
            }
            if (fractionDigits == 0) {
                return -1;
            }
        }
        if (i != end || integerDigits == 0) {
            return -1;
        }
        for (int d = Math.min(fractionDigits, Micros.DECIMALS); d < Micros.DECIMALS; d++) {
            fraction *= 10;
        }
        return integer * Micros.SCALE + fraction;
    }
}
