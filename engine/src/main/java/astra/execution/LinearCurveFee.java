package astra.execution;

import astra.domain.FeeSchedule;
import java.math.BigDecimal;

/**
 * The V2 fee C · rate · p(1 − p), floored to 1e-5 pUSD, in whole numbers: the per-fill fee of the
 * venue's curve (exponent 1) without decimal arithmetic, which a decision cycle would otherwise do
 * for every leg of every market it prices.
 *
 * <p>In millionths (size S, price P, rate R): fee = S · R · P(10⁶ − P) / 10²⁴ pUSD, so the fee in
 * units of 1e-5 is ⌊S · R · P(10⁶ − P) / 10¹⁹⌋. R · P(10⁶ − P) ≤ 10⁶ · 2.5·10¹¹ fits a long. Sizes
 * usually end in zeros (the venue's sizes have two decimals), so S = S′ · 10^k cancels k of the
 * nineteen tens first. The product x of S′ and the rest is formed in 128 bits, and
 * ⌊x / 10^a⌋ = ⌊⌊x / 2^a⌋ / 5^a⌋ (flooring twice by positive whole numbers is flooring once by
 * their product), where ⌊x / 2^a⌋ is a shift that fits a long while x &lt; 2^(63 + a). Outside that
 * range, or for a schedule this path does not cover, it answers "not computed" and the caller uses
 * exact decimals.
 */
final class LinearCurveFee {
    private static final long MICROS = 1_000_000L;
    private static final int RATE_DECIMALS = 6;
    /** 10^19: the divisor that turns S · R · P(10⁶ − P) into units of 1e-5 pUSD. */
    private static final int TENS = 19;
    /** At most this many of the size's trailing zeros are cancelled (a size has six decimals). */
    private static final int MOST_CANCELLED = 6;
    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    /** 5^0 … 5^19 (5^19 ≈ 1.9·10¹³). */
    private static final long[] FIVE_POWERS = new long[TENS + 1];

    static {
        FIVE_POWERS[0] = 1;
        for (int i = 1; i <= TENS; i++) {
            FIVE_POWERS[i] = FIVE_POWERS[i - 1] * 5;
        }
    }

    private LinearCurveFee() {}

    /**
     * The fee in units of 1e-5 pUSD for {@code sizeMicros} at {@code priceMicros} (inside (0, 1),
     * checked by the caller), or −1 when this path does not apply.
     */
    static long unitsOrNegative(FeeSchedule.Curve curve, long priceMicros, long sizeMicros) {
        if (curve.exponent() != 1 || sizeMicros < 0) {
            return -1;
        }
        long rateMicros = rateMicrosOrNegative(curve.rate());
        if (rateMicros < 0) {
            return -1;
        }
        long perShare = rateMicros * (priceMicros * (MICROS - priceMicros));
        long size = sizeMicros;
        int tens = TENS;
        while (tens > TENS - MOST_CANCELLED && size != 0 && size % 10 == 0) {
            size /= 10;
            tens--;
        }
        long high = Math.multiplyHigh(size, perShare);
        if (high >>> (tens - 1) != 0) {
            return -1; // x ≥ 2^(63 + tens): the shifted product would not fit a long
        }
        long shifted = high << (64 - tens) | (size * perShare) >>> tens;
        return shifted / FIVE_POWERS[tens];
    }

    /** The rate in whole millionths when it is one and at most 1, else −1. */
    private static long rateMicrosOrNegative(BigDecimal rate) {
        int scale = rate.scale();
        if (scale < 0 || scale > RATE_DECIMALS || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            return -1; // finer than a millionth (or written so, e.g. 0.03000000): exact decimals decide
        }
        return rate.unscaledValue().longValueExact() * POWERS_OF_TEN[RATE_DECIMALS - scale];
    }
}
