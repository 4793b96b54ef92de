package astra.execution.firewall;

/**
 * Why the firewall refused an order or a cancel. Each code names the check that produced it
 * ({@link #ruleName()}), so the audit says which firewall rule said no.
 */
public enum RefusalCode {
    /** No reconciliation has succeeded yet, or a heartbeat failure invalidated the last one. */
    NOT_RECONCILED("firewall.reconciledBeforeSubmit"),
    /** Halted (halt, kill switch or shutdown): only cancels pass. */
    HALTED("firewall.halted"),
    /** The intent names another market than the one given, or a token that is not the market's. */
    MARKET_MISMATCH("firewall.marketMatchesIntent"),
    /** The intent was priced on another tick than the market's current one. */
    STALE_TICK("firewall.tickIsCurrent"),
    /** Price off the tick or outside [tick, 1 − tick]. */
    PRICE_OUT_OF_RANGE("firewall.priceOnTickInRange"),
    /** A resting order below the market's minimum size, or a marketable one below the minimum notional. */
    BELOW_MIN_SIZE("firewall.minimumSize"),
    /** A GTD expiration inside the venue's security threshold (plus our safety buffer) at send time. */
    GTD_INSIDE_THRESHOLD("firewall.gtdOutsideThreshold"),
    /** The market has closed. */
    MARKET_CLOSED("firewall.marketOpen"),
    /** The caller's permissions do not allow this side. */
    SIDE_NOT_PERMITTED("firewall.sideAllowed"),
    /** Reduce-only: an order that could add exposure. */
    REDUCE_ONLY("firewall.reduceOnly"),
    /** A buy whose collateral (with its worst-case fee) exceeds the balance not already reserved. */
    INSUFFICIENT_COLLATERAL("firewall.collateralAvailable"),
    /** A sell of more tokens than are held and not already reserved. */
    INSUFFICIENT_TOKENS("firewall.tokensAvailable"),
    /** The rolling mutation budget is spent; the intent is dropped, not queued. */
    BUDGET_EXHAUSTED("firewall.mutationBudget"),
    /** The client order id is already recorded. */
    DUPLICATE_CLIENT_ORDER_ID("firewall.uniqueClientOrderId"),
    /** The order store could not record the intent, so it was not sent. */
    STORE_FAILURE("firewall.recordBeforeSubmit"),
    /** The venue adapter could not sign the intent; nothing was sent. */
    SIGNING_FAILED("firewall.signBeforeSubmit"),
    /** A cancel for an order the store does not know. */
    UNKNOWN_ORDER("firewall.cancelKnownOrder"),
    /** A cancel for an order that cannot be open (already final, or never sent). */
    NOT_OPEN("firewall.cancelOpenOrder");

    private final String ruleName;

    RefusalCode(String ruleName) {
        this.ruleName = ruleName;
    }

    public String ruleName() {
        return ruleName;
    }
}
