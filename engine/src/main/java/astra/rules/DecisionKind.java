package astra.rules;

/**
 * What a decision asks of the strategy and executor. Trading states follow the usual risk-engine
 * ladder (see {@link MarketState}); permissions are granted per state and narrowed by vetoes.
 * Kinds that carry a value say so; the others carry none.
 */
public enum DecisionKind {
    /** Send no new quotes for the market (or the account) and cancel resting ones. */
    HALT_QUOTING,
    /** Only orders that reduce exposure may go out. */
    REDUCE_ONLY,
    /** This market must not be quoted this cycle. */
    VETO_QUOTE,
    /** A cap or size limit tighter than the default applies. */
    CAP_OVERRIDE,
    /** The market's trading state; value: a {@link MarketState} name. */
    SET_STATE,
    /** The actions allowed in the market's state; value: comma-separated {@link TradingAction} names. */
    ALLOW_ACTIONS,
    /** Caps for this market are multiplied by the value, a decimal in (0, 1] (the near-close ratchet). */
    CAP_MULTIPLIER,
    /** Quotes may go out but wider and smaller (the strategy's toxicity response). */
    WIDEN_AND_CUT,
    /** The parity scanner may trade this market. */
    ALLOW_PARITY,
    /** The parity scanner must leave this market alone. */
    DENY_PARITY,
    /** The satellite signal for this market passed every gate. */
    ALLOW_SATELLITE,
    /** The satellite signal for this market failed a gate. */
    DENY_SATELLITE,
    /** Cancel every resting order of the account now. */
    CANCEL_ALL;

    /** Whether decisions of this kind carry a value (and must). */
    public boolean carriesValue() {
        return this == SET_STATE || this == ALLOW_ACTIONS || this == CAP_MULTIPLIER;
    }
}
