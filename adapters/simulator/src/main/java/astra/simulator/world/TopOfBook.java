package astra.simulator.world;

import astra.simulator.event.BookSnapshot;
import astra.simulator.matching.Amounts;
import astra.simulator.matching.PriceLevel;
import astra.simulator.venue.Exchange;
import java.util.List;
import java.util.OptionalLong;

/**
 * The best YES prices a taker can reach, counting both books: a NO bid at q is a YES ask at
 * 1 − q (mint) and a NO ask at q a YES bid at 1 − q (merge).
 */
record TopOfBook(OptionalLong bestBidYes, OptionalLong bestAskYes) {

    static TopOfBook of(Exchange venue, WorldMarket market) {
        BookSnapshot yes = venue.book(market.yesToken());
        BookSnapshot no = venue.book(market.noToken());
        return new TopOfBook(better(best(yes.bids()), complement(best(no.asks())), true),
                better(best(yes.asks()), complement(best(no.bids())), false));
    }

    private static OptionalLong best(List<PriceLevel> levels) {
        return levels.isEmpty() ? OptionalLong.empty() : OptionalLong.of(levels.get(0).priceMicros());
    }

    private static OptionalLong complement(OptionalLong price) {
        return price.isPresent() ? OptionalLong.of(Amounts.complement(price.getAsLong())) : price;
    }

    private static OptionalLong better(OptionalLong a, OptionalLong b, boolean higherIsBetter) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return OptionalLong.of(higherIsBetter ? Math.max(a.getAsLong(), b.getAsLong()) : Math.min(a.getAsLong(), b.getAsLong()));
    }
}
