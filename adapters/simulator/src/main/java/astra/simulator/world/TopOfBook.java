package astra.simulator.world;

import astra.simulator.event.BookSnapshot;
import astra.simulator.matching.PriceLevel;
import astra.simulator.venue.Exchange;
import java.util.List;
import java.util.OptionalLong;

/**
 * The best YES prices a taker can reach: the venue's YES book already counts the NO book through
 * the complement (a NO bid at q is a YES ask at 1 − q), so its touch is the answer.
 */
record TopOfBook(OptionalLong bestBidYes, OptionalLong bestAskYes) {

    static TopOfBook of(Exchange venue, WorldMarket market) {
        BookSnapshot yes = venue.book(market.yesToken());
        return new TopOfBook(best(yes.bids()), best(yes.asks()));
    }

    private static OptionalLong best(List<PriceLevel> levels) {
        return levels.isEmpty() ? OptionalLong.empty() : OptionalLong.of(levels.get(0).priceMicros());
    }
}
