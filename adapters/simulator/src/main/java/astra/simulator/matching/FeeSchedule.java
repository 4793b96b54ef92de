package astra.simulator.matching;

import java.math.BigInteger;

/**
 * A market's V2 taker fee: fee = C · rate · (p(1 − p))^exponent pUSD for C shares at price p,
 * cut to 5 decimals; makers pay nothing. The venue docs say "rounded to 5 dp"; the venue's own
 * charge (and the nautilus adapter that mirrors it) floors, so this floors (RoundingMode.DOWN) —
 * never charging a taker more than the formula.
 *
 * @param rateMicros the schedule's {@code rate} in millionths (0.03 → 30 000), at most 1
 * @param exponent   the schedule's {@code exponent}, a whole number ≥ 0
 */
public record FeeSchedule(long rateMicros, int exponent) {
    /** Fees are cut to 5 decimals: units of 1e-5 pUSD. */
    private static final long FEE_UNITS = 100_000;
    private static final BigInteger FEE_UNITS_PER_PUSD = BigInteger.valueOf(FEE_UNITS);
    private static final long FIVE_POW_19 = 19_073_486_328_125L;
    private static final BigInteger MICROS_SQUARED = BigInteger.valueOf(Amounts.ONE * Amounts.ONE);

    public FeeSchedule {
        if (rateMicros < 0 || rateMicros > Amounts.ONE) {
            throw new IllegalArgumentException("fee rate must be in [0, 1], was " + Amounts.format(rateMicros));
        }
        if (exponent < 0) {
            throw new IllegalArgumentException("fee exponent must not be negative, was " + exponent);
        }
    }

    public static FeeSchedule none() {
        return new FeeSchedule(0, 1);
    }

    /** The taker fee in micro-pUSD for {@code sizeMicros} shares at {@code priceMicros}. */
    public long takerFee(long priceMicros, long sizeMicros) {
        if (priceMicros <= 0 || priceMicros >= Amounts.ONE || sizeMicros < 0) {
            throw new IllegalArgumentException("fee needs 0 < p < 1 and size ≥ 0, got p="
                    + Amounts.format(priceMicros) + " size=" + Amounts.format(sizeMicros));
        }
        if (exponent == 1) {
            // rate · p(1e6 − p) ≤ 1e6 · 2.5e11 fits a long; the product with the size often does
            // not, but ⌊x / 1e19⌋ = ⌊⌊x / 2^19⌋ / 5^19⌋, and x / 2^19 fits when x < 2^82.
            long m = rateMicros * (priceMicros * (Amounts.ONE - priceMicros));
            long high = Math.multiplyHigh(sizeMicros, m);
            if (high < 1L << 18) {
                long shifted = high << 45 | (sizeMicros * m) >>> 19;
                return shifted / FIVE_POW_19 * (Amounts.ONE / FEE_UNITS);
            }
        }
        // In whole numbers of millionths: fee = size · rate · (p(1e6 − p))^e / 1e12^(e+1) pUSD,
        // cut to 5 decimals, is ⌊size · rate · (p(1e6 − p))^e · 1e5 / 1e12^(e+1)⌋ · 10 micro-pUSD.
        // (BigInteger rather than BigDecimal: every taker order and fill computes a fee.)
        BigInteger pq = BigInteger.valueOf(priceMicros * (Amounts.ONE - priceMicros));
        BigInteger numerator = BigInteger.valueOf(sizeMicros).multiply(BigInteger.valueOf(rateMicros))
                .multiply(pq.pow(exponent)).multiply(FEE_UNITS_PER_PUSD);
        return numerator.divide(MICROS_SQUARED.pow(exponent + 1)).longValueExact() * (Amounts.ONE / FEE_UNITS);
    }

    /**
     * The most a taker buying {@code sizeMicros} with limit {@code limitMicros} can pay in fees:
     * p(1 − p) rises up to 0.5, and every fill price is at or below the limit, so the worst price
     * is min(limit, 0.5).
     */
    public long maxTakerFeeForBuy(long limitMicros, long sizeMicros) {
        return takerFee(Math.min(limitMicros, Amounts.ONE / 2), sizeMicros);
    }
}
