package astra.strategy.quote;

/**
 * Which side of the YES price a quote stands on. A BID buys YES exposure, an ASK sells it, whichever
 * token and side carry it on the venue (an ASK may go out as a NO bid at 1 − a).
 */
public enum QuoteRole {
    BID,
    ASK
}
