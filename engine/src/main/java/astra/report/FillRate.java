package astra.report;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How often our quotes were filled: quotes (maker orders) with at least one counting fill over
 * quotes sent — per quote, not per fill, since one quote can fill in several pieces. Compared with
 * the rate the strategy assumed as a relative deviation, actual / assumed − 1.
 */
public record FillRate(long quotesSent, int quotesFilled, Optional<BigDecimal> assumed) {

    public FillRate {
        if (quotesSent < 0) {
            throw new IllegalArgumentException("quotes sent must not be negative: " + quotesSent);
        }
        if (quotesFilled > quotesSent && quotesSent > 0) {
            throw new IllegalArgumentException(
                    quotesFilled + " quotes filled but only " + quotesSent + " sent: the quote count is wrong");
        }
        assumed.ifPresent(a -> {
            if (a.signum() <= 0 || a.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("an assumed fill rate is in (0, 1]: " + a);
            }
        });
    }

    public Optional<BigDecimal> actual() {
        return quotesSent == 0
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(quotesFilled).divide(BigDecimal.valueOf(quotesSent), Stats.MC));
    }

    public Optional<BigDecimal> deviation() {
        return actual().flatMap(a -> assumed.map(s -> a.divide(s, Stats.MC).subtract(BigDecimal.ONE, Stats.MC)));
    }
}
