package astra.strategy.quote;

import java.math.BigDecimal;

/**
 * The model's intermediate values for one plan, for the audit log: why the quotes are where they
 * are. Logit values and the raw bid and ask are the model's doubles, recorded as they were; they are
 * never prices. The quotes' prices are made from the raw ones by {@link astra.execution.TickRounding},
 * exactly as from their decimal form.
 *
 * @param fairValue the fair value the model started from (mid nudged by the microprice, clamped)
 * @param tauCloseHours time to close, hours
 * @param reservationLogit r
 * @param avellanedaStoikovSpread δ_AS
 * @param jumpRiskSpread δ_jump
 * @param totalSpread δ after toxicity and the rules' widening
 * @param rawBid, rawAsk σ(r ∓ δ/2) before rounding to the tick
 */
public record QuoteTrace(
        BigDecimal fairValue,
        double tauCloseHours,
        double reservationLogit,
        double avellanedaStoikovSpread,
        double jumpRiskSpread,
        double totalSpread,
        double rawBid,
        double rawAsk) {
}
