package astra.simulator.matching;

/** The side of an order on its own outcome token. */
public enum Side {
    BUY,
    SELL;

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }
}
