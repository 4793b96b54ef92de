package astra.strategy.quote;

import java.math.BigDecimal;

/**
 * The model's intermediate values for one plan, for the audit log: why the quotes are where they
 * are. Logit values are the model's doubles, recorded as they were; they are never prices.
 *
 * @param fairValue the fair value the model started from (mid nudged by the microprice, clamped)
 * @param tauCloseHours time to close, hours
 * @param reservationLogit r
 * @param avellanedaStoikovSpread δ_AS
 * @param jumpRiskSpread δ_jump
 * @param totalSpread δ after toxicity and the rules' widening
 * @param rawBid, rawAsk σ(r ∓ δ/2) before rounding
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
