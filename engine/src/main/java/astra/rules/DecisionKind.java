package astra.rules;

/**
 * What a decision asks of the strategy and executor. Trading states follow the usual risk-engine
 * ladder: quoting normally, reducing only, halted (only cancels go out).
 */
public enum DecisionKind {
    /** Send no new quotes for the market (or the account) and cancel resting ones. */
    HALT_QUOTING,
    /** Only orders that reduce exposure may go out. */
    REDUCE_ONLY,
    /** This particular quote must not be sent. */
    VETO_QUOTE,
    /** A cap or size limit tighter than the default applies. */
    CAP_OVERRIDE
}
