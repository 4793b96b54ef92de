package astra.rules;

import java.math.BigDecimal;
import java.util.Objects;

/** A market's quoteability score for this cycle, in [0, 1] (see {@link QuoteabilityScorer}). */
public record QuoteabilityScore(String market, BigDecimal score) {
    public QuoteabilityScore {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(score, "score");
        if (score.signum() < 0 || score.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("quoteability score must be in [0, 1], was " + score.toPlainString());
        }
    }
}
