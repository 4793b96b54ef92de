package astra.strategy.select;

import astra.domain.ConditionId;
import astra.domain.Shares;
import astra.domain.Usd;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The raw measures of one market that the quoteability score reads.
 *
 * @param quotedSpread best ask − best bid of the YES book, price units
 * @param touchDepth notional at the touch, the thinner of the two sides (size × price)
 * @param churnPerMinute book updates per minute over the recent window
 * @param volatility short-horizon volatility of the mid (e.g. the stdev of 1-minute mid changes), price units
 * @param timeToClose from the market's clocks
 * @param rewards the reward terms, empty when the market pays none
 * @param ourQuoteSize the size we would quote, to judge reward eligibility
 * @param ourHalfSpread how far from the mid we would quote, price units, to judge reward eligibility
 */
public record QuoteabilityInputs(ConditionId market, BigDecimal quotedSpread, Usd touchDepth, BigDecimal churnPerMinute,
        BigDecimal volatility, Duration timeToClose, Optional<RewardTerms> rewards, Shares ourQuoteSize,
        BigDecimal ourHalfSpread) {

    public QuoteabilityInputs {
        Objects.requireNonNull(market, "market");
        requireNotNegative(quotedSpread, "quotedSpread");
        Objects.requireNonNull(touchDepth, "touchDepth");
        if (touchDepth.isNegative()) {
            throw new IllegalArgumentException("touchDepth must not be negative, was " + touchDepth);
        }
        requireNotNegative(churnPerMinute, "churnPerMinute");
        requireNotNegative(volatility, "volatility");
        Objects.requireNonNull(timeToClose, "timeToClose");
        if (timeToClose.isNegative()) {
            throw new IllegalArgumentException("timeToClose must not be negative, was " + timeToClose);
        }
        Objects.requireNonNull(rewards, "rewards");
        Objects.requireNonNull(ourQuoteSize, "ourQuoteSize");
        requireNotNegative(ourHalfSpread, "ourHalfSpread");
    }

    private static void requireNotNegative(BigDecimal v, String name) {
        Objects.requireNonNull(v, name);
        if (v.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + v.toPlainString());
        }
    }
}
