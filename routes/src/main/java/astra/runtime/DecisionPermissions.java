package astra.runtime;

import astra.execution.firewall.OrderPermissions;
import astra.rules.Decision;
import astra.rules.MarketDecision;
import astra.rules.TradingAction;
import astra.strategy.QuotePermissions;
import java.math.BigDecimal;

/**
 * Maps the rules' decision for a market onto what the quoter and the firewall take. The safer
 * reading wins wherever the two could differ: a veto or a state that allows neither quoting nor
 * reducing is a veto naming the rule; a cap or a REDUCE-only state is reduce-only.
 */
public final class DecisionPermissions {
    /** How much a toxic market under the widen-and-cut policy widens (×2) and cuts size (×½). */
    public static final BigDecimal TOXIC_WIDENING = new BigDecimal("2");
    public static final BigDecimal TOXIC_SIZE_FACTOR = new BigDecimal("0.5");

    private DecisionPermissions() {}

    public static QuotePermissions quote(MarketDecision d) {
        if (!d.vetoes().isEmpty()) {
            Decision first = d.vetoes().get(0);
            return QuotePermissions.vetoed(first.ruleName() + " (" + first.reasonCode() + ")");
        }
        boolean quote = d.allows(TradingAction.QUOTE);
        boolean reduce = d.allows(TradingAction.REDUCE);
        if (!quote && !reduce) {
            return QuotePermissions.vetoed("state " + d.state() + " allows no quoting"
                    + d.because().stream().findFirst().map(b -> " (" + b.ruleName() + ")").orElse(""));
        }
        QuotePermissions p = QuotePermissions.unrestricted()
                .withReduceOnly(d.reduceOnly() || !quote)
                .withSizing(d.capMultiplier(), d.widenAndCut() ? TOXIC_SIZE_FACTOR : BigDecimal.ONE);
        return d.widenAndCut() ? p.withSpreadWidenFactor(TOXIC_WIDENING) : p;
    }

    public static OrderPermissions order(QuotePermissions p) {
        return p.reduceOnly() ? OrderPermissions.REDUCE_ONLY : OrderPermissions.ALL;
    }
}
