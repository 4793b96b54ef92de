package astra.execution;

import astra.domain.Micros;
import astra.domain.Shares;
import astra.domain.Usd;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What a buy really costs: the collateral paid (notional plus any collateral fee) and the tokens
 * actually received (fewer than bought when the fee is taken in tokens, as under V1).
 */
public record EffectiveBuy(Usd paid, Shares received, Fee fee) {

    public EffectiveBuy {
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(fee, "fee");
    }

    /**
     * pUSD paid per token received, rounded UP to six decimals: the one number that compares a V1
     * buy (fee in tokens) with a V2 buy (fee in pUSD), rounded so a cost is never understated.
     */
    public BigDecimal costPerTokenReceived() {
        if (received.isZero()) {
            throw new IllegalStateException("no tokens received: the cost per token is undefined");
        }
        return paid.toBigDecimal().divide(received.toBigDecimal(), Micros.DECIMALS, RoundingMode.UP);
    }
}
