package astra.simulator.venue;

import astra.simulator.event.BookSnapshot;
import astra.simulator.event.LastTradePrice;
import astra.simulator.event.PriceLevelChange;
import astra.simulator.event.VenueListener;
import astra.simulator.matching.BinaryMarket;
import astra.simulator.matching.MirroredBook;
import astra.simulator.matching.OrderBook;
import astra.simulator.matching.Side;
import astra.simulator.matching.Trade;
import java.util.List;

/**
 * Publishes the market channel: snapshots, one change per touched level, last trade prices. Every
 * book is shown merged with its complement ({@link MirroredBook}), as the venue shows it.
 */
final class MarketDataPublisher {
    private final VenueListener events;

    MarketDataPublisher(VenueListener events) {
        this.events = events;
    }

    BookSnapshot snapshot(BinaryMarket market, String tokenId, long now) {
        MirroredBook book = MirroredBook.of(market, tokenId);
        return new BookSnapshot(now, market.conditionId(), tokenId, market.tick().micros(),
                book.levels(Side.BUY), book.levels(Side.SELL));
    }

    /**
     * Publishes both books of a market whole (YES first) in place of the level changes pending
     * since the last flush, which the snapshots already contain.
     */
    void republish(BinaryMarket market, long now) {
        for (OrderBook book : market.books()) {
            book.drainChangedLevels();
        }
        for (OrderBook book : market.books()) {
            events.onEvent(snapshot(market, book.tokenId(), now));
        }
    }

    /**
     * Publishes the new merged size of every level changed since the last flush, YES book first.
     * A change on one book touches both views: a NO bid at q is also the YES ask at 1 − q.
     */
    void flush(BinaryMarket market, long now) {
        OrderBook yes = market.book(market.spec().yesToken());
        OrderBook no = market.book(market.spec().noToken());
        List<OrderBook.LevelKey> yesChanges = yes.drainChangedLevels();
        List<OrderBook.LevelKey> noChanges = no.drainChangedLevels();
        publish(market, new MirroredBook(yes, no), MirroredBook.touched(yesChanges, noChanges), now);
        publish(market, new MirroredBook(no, yes), MirroredBook.touched(noChanges, yesChanges), now);
    }

    /** The books do not move while their changes are published, so the touch is read once. */
    private void publish(BinaryMarket market, MirroredBook book, List<OrderBook.LevelKey> touched, long now) {
        if (touched.isEmpty()) {
            return;
        }
        long bestBid = book.best(Side.BUY).orElse(0);
        long bestAsk = book.best(Side.SELL).orElse(0);
        for (OrderBook.LevelKey key : touched) {
            events.onEvent(new PriceLevelChange(now, market.conditionId(), book.tokenId(), key.side(),
                    key.priceMicros(), book.levelSize(key.side(), key.priceMicros()), bestBid, bestAsk));
        }
    }

    void lastTrade(Trade trade) {
        events.onEvent(new LastTradePrice(trade.matchTimeMillis(), trade.conditionId(), trade.takerToken(),
                trade.lastTakerPriceMicros(), trade.sizeMicros(), trade.takerSide()));
    }
}
