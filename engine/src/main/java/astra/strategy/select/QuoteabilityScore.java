package astra.strategy.select;

import astra.domain.ConditionId;
import java.math.BigDecimal;
import java.util.Objects;

/** A market's quoteability score in [0, 1] and the components it was made of, each in [0, 1]. */
public record QuoteabilityScore(ConditionId market, BigDecimal score, BigDecimal spread, BigDecimal depth,
        BigDecimal churn, BigDecimal volatility, BigDecimal timeToClose, BigDecimal rewards) {

    public QuoteabilityScore {
        Objects.requireNonNull(market, "market");
        for (BigDecimal v : new BigDecimal[] {score, spread, depth, churn, volatility, timeToClose, rewards}) {
            Objects.requireNonNull(v, "score component");
            if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalStateException("a score component outside [0, 1]: " + v.toPlainString());
            }
        }
    }
}
