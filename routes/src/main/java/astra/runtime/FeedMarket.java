package astra.runtime;

import astra.domain.Market;

/**
 * A market of the universe with its two books and what the feed keeps for it between decision
 * ticks, so that a tick walks the markets in order instead of looking each one up in a map per
 * book and per memo (hundreds of markets, four times a second). Used by the feed thread only.
 */
record FeedMarket(Market market, FeedBook yes, FeedBook no, String cluster, BookChurn churn) {}
