package astra.domain;

/** Which side of a match an order was on: resting (maker) or crossing (taker). */
public enum Liquidity {
    MAKER,
    TAKER
}
