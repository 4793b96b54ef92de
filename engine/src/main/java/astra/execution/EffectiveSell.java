package astra.execution;

import astra.domain.Micros;
import astra.domain.Shares;
import astra.domain.Usd;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** What a sell really brings: the collateral received after fees for the tokens delivered. */
public record EffectiveSell(Usd proceeds, Shares delivered, Fee fee) {

    public EffectiveSell {
        Objects.requireNonNull(proceeds, "proceeds");
        Objects.requireNonNull(delivered, "delivered");
        Objects.requireNonNull(fee, "fee");
    }

    /** pUSD received per token delivered, rounded DOWN to six decimals so proceeds are never overstated. */
    public BigDecimal proceedsPerTokenDelivered() {
        if (delivered.isZero()) {
            throw new IllegalStateException("no tokens delivered: the proceeds per token are undefined");
        }
        return proceeds.toBigDecimal().divide(delivered.toBigDecimal(), Micros.DECIMALS, RoundingMode.DOWN);
    }
}
