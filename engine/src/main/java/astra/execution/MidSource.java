package astra.execution;

/** Where a canonical mid came from. */
public enum MidSource {
    /** (best bid + best ask) / 2 of a fresh, uncrossed book. */
    TWO_SIDED,
    /** Only bids rest: the best bid, the floor under any fair price. */
    BEST_BID_ONLY,
    /** Only asks rest: the best ask, the ceiling over any fair price. */
    BEST_ASK_ONLY,
    /** The last trade price, for an empty book or where it lies beyond a lone side. */
    LAST_TRADE,
    /** No mid could be given; the quote's reason says why. */
    NONE
}
