package astra.strategy.parity;

/** Which parity: buy a complete pair below 1, or sell one above 1. */
public enum ParityKind {
    BUY_BOTH,
    SELL_BOTH
}
