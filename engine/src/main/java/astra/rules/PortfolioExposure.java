package astra.rules;

import java.math.BigDecimal;

/**
 * The whole account's exposure at the start of a cycle, in pUSD micros, reservations included:
 * the maker book (all clusters, for the aggregate cap) and the satellite book (for its budget),
 * and the bankroll both are measured against.
 */
public record PortfolioExposure(long makerExposureMicros, long satelliteExposureMicros, long bankrollMicros) {
    public PortfolioExposure {
        if (makerExposureMicros < 0 || satelliteExposureMicros < 0) {
            throw new IllegalArgumentException("exposures must not be negative, were " + makerExposureMicros
                    + " and " + satelliteExposureMicros);
        }
        Bankroll.requirePositive(bankrollMicros);
    }

    public boolean makerReaches(BigDecimal capFraction) {
        return Bankroll.reaches(makerExposureMicros, capFraction, bankrollMicros);
    }

    public boolean satelliteReaches(BigDecimal budgetFraction) {
        return Bankroll.reaches(satelliteExposureMicros, budgetFraction, bankrollMicros);
    }

    public BigDecimal makerFraction() {
        return Bankroll.fraction(makerExposureMicros, bankrollMicros);
    }

    public BigDecimal satelliteFraction() {
        return Bankroll.fraction(satelliteExposureMicros, bankrollMicros);
    }
}
