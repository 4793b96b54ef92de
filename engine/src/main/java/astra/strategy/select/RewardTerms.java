package astra.strategy.select;

import astra.domain.Shares;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A market's liquidity reward terms: a quote earns rewards when it is at least {@code minSize} and
 * within {@code maxSpread} of the mid. Gamma publishes {@code rewardsMaxSpread} in cents (3.5 means
 * 0.035); here it is in price units, converted by whoever reads Gamma.
 */
public record RewardTerms(Shares minSize, BigDecimal maxSpread) {
    public RewardTerms {
        Objects.requireNonNull(minSize, "minSize");
        Objects.requireNonNull(maxSpread, "maxSpread");
        if (maxSpread.signum() < 0 || maxSpread.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("rewards max spread must be in [0, 1] price units, was "
                    + maxSpread.toPlainString());
        }
    }
}
