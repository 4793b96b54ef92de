package astra.simulator.venue;

import astra.simulator.event.BookSnapshot;
import astra.simulator.event.LastTradePrice;
import astra.simulator.event.PriceLevelChange;
import astra.simulator.event.VenueListener;
import astra.simulator.matching.BinaryMarket;
import astra.simulator.matching.OrderBook;
import astra.simulator.matching.Side;
import astra.simulator.matching.Trade;

/** Publishes the market channel: snapshots, one change per touched level, last trade prices. */
final class MarketDataPublisher {
    private final VenueListener events;

    MarketDataPublisher(VenueListener events) {
        this.events = events;
    }

    BookSnapshot snapshot(BinaryMarket market, String tokenId, long now) {
        OrderBook book = market.book(tokenId);
        return new BookSnapshot(now, market.conditionId(), tokenId, market.tick().micros(),
                book.levels(Side.BUY), book.levels(Side.SELL));
    }

    /** Publishes the new size of every level changed since the last flush, YES book first. */
    void flush(BinaryMarket market, long now) {
        for (OrderBook book : market.books()) {
            for (OrderBook.LevelKey key : book.drainChangedLevels()) {
                events.onEvent(new PriceLevelChange(now, market.conditionId(), book.tokenId(), key.side(),
                        key.priceMicros(), book.levelSize(key.side(), key.priceMicros()),
                        book.best(Side.BUY).orElse(0), book.best(Side.SELL).orElse(0)));
            }
        }
    }

    void lastTrade(Trade trade) {
        events.onEvent(new LastTradePrice(trade.matchTimeMillis(), trade.conditionId(), trade.takerToken(),
                trade.lastTakerPriceMicros(), trade.sizeMicros(), trade.takerSide()));
    }
}
