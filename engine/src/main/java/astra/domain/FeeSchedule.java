package astra.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A market's published fee schedule. Astra never hard-codes a fee: every fee is computed from the
 * schedule the venue publishes for the market (see {@code astra.execution.Fees}).
 */
public sealed interface FeeSchedule {

    /** No fees (Gamma {@code feesEnabled: false}). */
    static FeeSchedule none() {
        return new Curve(BigDecimal.ZERO, 1, BigDecimal.ZERO, true);
    }

    /**
     * The V2 operator-set taker fee: fee = C · rate · (p(1 − p))^exponent in pUSD for C shares at
     * price p (Gamma {@code feeSchedule {exponent, rate, rebateRate, takerOnly}}).
     */
    record Curve(BigDecimal rate, int exponent, BigDecimal rebateRate, boolean takerOnly)
            implements FeeSchedule {
        public Curve {
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(rebateRate, "rebateRate");
            if (rate.signum() < 0 || rebateRate.signum() < 0) {
                throw new IllegalArgumentException("fee rates must not be negative");
            }
            if (exponent < 0) {
                throw new IllegalArgumentException("fee exponent must not be negative");
            }
        }
    }

    /**
     * The V1 fee in basis points, as V1 orders and older messages carry it ({@code fee_rate_bps}):
     * BUY pays bps·min(p, 1 − p)·tokens/(p·10⁴) in tokens, SELL bps·min(p, 1 − p)·tokens/10⁴ in pUSD.
     */
    record BasisPoints(int bps) implements FeeSchedule {
        public BasisPoints {
            if (bps < 0) {
                throw new IllegalArgumentException("fee bps must not be negative");
            }
        }
    }
}
