package astra.strategy;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules allow for one market in this decision cycle; the integrator maps the rules
 * engine's decisions onto it, and the strategy components only ever act within it.
 *
 * @param mayQuoteBid whether a bid on YES (a buy of YES exposure) may rest
 * @param mayQuoteAsk whether an ask on YES (a sale of YES exposure, as a YES sell or a NO bid) may rest
 * @param reduceOnly only quotes that shrink the absolute net YES inventory, and no larger than it
 * @param capMultiplier the near-close ratchet's multiplier on caps, applied to quote size; in [0, 1]
 * @param spreadWidenFactor multiplies the model's spread; at least 1 (the rules only ever widen)
 * @param sizeFactor multiplies quote size; in [0, 1]
 * @param vetoReason present when the market must not be quoted at all, with the rules' reason
 */
public record QuotePermissions(
        boolean mayQuoteBid,
        boolean mayQuoteAsk,
        boolean reduceOnly,
        BigDecimal capMultiplier,
        BigDecimal spreadWidenFactor,
        BigDecimal sizeFactor,
        Optional<String> vetoReason) {

    public QuotePermissions {
        Objects.requireNonNull(capMultiplier, "capMultiplier");
        Objects.requireNonNull(spreadWidenFactor, "spreadWidenFactor");
        Objects.requireNonNull(sizeFactor, "sizeFactor");
        Objects.requireNonNull(vetoReason, "vetoReason");
        requireUnitInterval(capMultiplier, "capMultiplier");
        requireUnitInterval(sizeFactor, "sizeFactor");
        if (spreadWidenFactor.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("spreadWidenFactor must be at least 1 (rules only widen), was "
                    + spreadWidenFactor.toPlainString());
        }
        vetoReason.ifPresent(r -> {
            if (r.isBlank()) {
                throw new IllegalArgumentException("a veto needs a reason");
            }
        });
    }

    /** Both sides, full size, no widening: what a market with no rule against it gets. */
    public static QuotePermissions unrestricted() {
        return new QuotePermissions(true, true, false, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                Optional.empty());
    }

    /** Nothing may be quoted, for the given reason. */
    public static QuotePermissions vetoed(String reason) {
        return new QuotePermissions(false, false, false, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                Optional.of(reason));
    }

    public boolean isVetoed() {
        return vetoReason.isPresent();
    }

    public QuotePermissions withReduceOnly(boolean value) {
        return new QuotePermissions(mayQuoteBid, mayQuoteAsk, value, capMultiplier, spreadWidenFactor, sizeFactor,
                vetoReason);
    }

    public QuotePermissions withSpreadWidenFactor(BigDecimal value) {
        return new QuotePermissions(mayQuoteBid, mayQuoteAsk, reduceOnly, capMultiplier, value, sizeFactor,
                vetoReason);
    }

    public QuotePermissions withSizing(BigDecimal newCapMultiplier, BigDecimal newSizeFactor) {
        return new QuotePermissions(mayQuoteBid, mayQuoteAsk, reduceOnly, newCapMultiplier, spreadWidenFactor,
                newSizeFactor, vetoReason);
    }

    public QuotePermissions withSides(boolean bid, boolean ask) {
        return new QuotePermissions(bid, ask, reduceOnly, capMultiplier, spreadWidenFactor, sizeFactor, vetoReason);
    }

    private static void requireUnitInterval(BigDecimal value, String name) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + value.toPlainString());
        }
    }
}
