package astra.simulator.world;

import astra.simulator.matching.Side;
import astra.simulator.venue.Exchange;
import java.util.OptionalLong;

/**
 * The best YES prices a taker can reach: the venue's YES book already counts the NO book through
 * the complement (a NO bid at q is a YES ask at 1 − q), so its touch is the answer.
 */
record TopOfBook(OptionalLong bestBidYes, OptionalLong bestAskYes) {

    static TopOfBook of(Exchange venue, WorldMarket market) {
        return new TopOfBook(venue.bestPrice(market.yesToken(), Side.BUY), venue.bestPrice(market.yesToken(), Side.SELL));
    }
}
