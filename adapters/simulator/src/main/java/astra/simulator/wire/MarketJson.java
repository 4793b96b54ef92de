package astra.simulator.wire;

import astra.simulator.event.LastTradePrice;
import astra.simulator.event.MarketResolved;
import astra.simulator.event.PriceLevelChange;
import astra.simulator.event.TickSizeChange;
import astra.simulator.matching.Amounts;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Market-channel messages other than {@code book}, in the current schema. */
public final class MarketJson {
    private MarketJson() {}

    /**
     * {@code price_change} with one {@code price_changes[]} entry: the level's new size (0 removes
     * it) and the token's best bid and ask after the change ("0" and "1" when a side is empty, as
     * the venue writes an empty side).
     */
    public static JsonObject priceChange(PriceLevelChange c) {
        JsonObject entry = new JsonObject()
                .put("asset_id", c.tokenId())
                .put("price", Amounts.format(c.priceMicros()))
                .put("size", Amounts.format(c.newSizeMicros()))
                .put("side", c.side().name())
                .put("hash", "")
                .put("best_bid", bestBid(c.bestBidMicros()))
                .put("best_ask", bestAsk(c.bestAskMicros()));
        entry.put("hash", BookJson.sha1(c.timestampMillis() + entry.encode()));
        return new JsonObject()
                .put("market", c.conditionId())
                .put("price_changes", new JsonArray().add(entry))
                .put("timestamp", Long.toString(c.timestampMillis()))
                .put("event_type", "price_change");
    }

    /** {@code best_bid_ask} (custom feature): the new top of one token's book. */
    public static JsonObject bestBidAsk(String conditionId, String tokenId, long bidMicros, long askMicros, long ts) {
        String bid = bestBid(bidMicros);
        String ask = bestAsk(askMicros);
        String spread = Amounts.format((askMicros == 0 ? Amounts.ONE : askMicros) - bidMicros);
        return new JsonObject()
                .put("event_type", "best_bid_ask")
                .put("market", conditionId)
                .put("asset_id", tokenId)
                .put("best_bid", bid)
                .put("best_ask", ask)
                .put("spread", spread)
                .put("timestamp", Long.toString(ts));
    }

    public static JsonObject lastTradePrice(LastTradePrice t) {
        return new JsonObject()
                .put("asset_id", t.tokenId())
                .put("event_type", "last_trade_price")
                .put("fee_rate_bps", "0")
                .put("market", t.conditionId())
                .put("price", Amounts.format(t.priceMicros()))
                .put("side", t.takerSide().name())
                .put("size", Amounts.format(t.sizeMicros()))
                .put("timestamp", Long.toString(t.timestampMillis()));
    }

    public static JsonObject tickSizeChange(TickSizeChange t) {
        return new JsonObject()
                .put("asset_id", t.tokenId())
                .put("event_type", "tick_size_change")
                .put("market", t.conditionId())
                .put("new_tick_size", Amounts.format(t.newTickMicros()))
                .put("old_tick_size", Amounts.format(t.oldTickMicros()))
                .put("timestamp", Long.toString(t.timestampMillis()));
    }

    /** {@code market_resolved} (custom feature); winning fields are "" while the outcome is undecided. */
    public static JsonObject marketResolved(MarketResolved r) {
        String outcome = r.winningToken().isEmpty() ? "" : r.winningToken().equals(r.yesToken()) ? "Yes" : "No";
        return new JsonObject()
                .put("event_type", "market_resolved")
                .put("id", r.conditionId())
                .put("market", r.conditionId())
                .put("assets_ids", new JsonArray().add(r.yesToken()).add(r.noToken()))
                .put("winning_asset_id", r.winningToken())
                .put("winning_outcome", outcome)
                .put("timestamp", Long.toString(r.timestampMillis()));
    }

    private static String bestBid(long micros) {
        return Amounts.format(micros);
    }

    private static String bestAsk(long micros) {
        return micros == 0 ? "1" : Amounts.format(micros);
    }
}
