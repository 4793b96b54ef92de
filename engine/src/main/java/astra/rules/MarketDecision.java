package astra.rules;

import astra.domain.ConditionId;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the rules decided for one market in one cycle, in the form the quoter consumes. Built by
 * {@link MarketDecisions} from the cycle's {@link Decision}s; the decisions themselves stay in
 * {@link #because()} for the audit.
 *
 * @param state the most restrictive state the rules set
 * @param allowedActions what every applicable ALLOW_ACTIONS decision allows (their intersection)
 * @param vetoes the VETO_QUOTE decisions (any one stops quoting)
 * @param reduceOnly a cap was reached for the market, its cluster or the account
 * @param capMultiplier the smallest CAP_MULTIPLIER (1 when none)
 * @param widenAndCut the quoter must widen and cut size (a toxic market under that policy)
 * @param because every decision that concerns the market, account-wide ones included
 */
public record MarketDecision(
        ConditionId market,
        MarketState state,
        Set<TradingAction> allowedActions,
        List<Decision> vetoes,
        boolean reduceOnly,
        BigDecimal capMultiplier,
        boolean widenAndCut,
        boolean parityAllowed,
        boolean satelliteAllowed,
        List<Decision> because) {

    public MarketDecision {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(state, "state");
        // An EnumSet, not Set.copyOf's hashed set: every market's copy every cycle was most of
        // combining its decisions, and it iterates in the actions' declared order.
        EnumSet<TradingAction> actions = EnumSet.noneOf(TradingAction.class);
        actions.addAll(allowedActions);
        allowedActions = Collections.unmodifiableSet(actions);
        vetoes = List.copyOf(vetoes);
        Objects.requireNonNull(capMultiplier, "capMultiplier");
        because = List.copyOf(because);
    }

    public boolean allows(TradingAction action) {
        return allowedActions.contains(action);
    }

    /** Quotes may go out on both sides: the state allows quoting, nothing vetoes it, no cap is reached. */
    public boolean mayQuoteBothSides() {
        return allows(TradingAction.QUOTE) && vetoes.isEmpty() && !reduceOnly;
    }

    /** Orders that shrink the position may go out. */
    public boolean mayReduce() {
        return allows(TradingAction.REDUCE);
    }

    /** The reason codes behind this market's decisions, in the cycle's stable order. */
    public List<String> reasonCodes() {
        return because.stream().map(Decision::reasonCode).toList();
    }
}
