package astra.simulator.wire;

import astra.simulator.event.LastTradePrice;
import astra.simulator.event.MarketResolved;
import astra.simulator.event.PriceLevelChange;
import astra.simulator.event.TickSizeChange;
import astra.simulator.matching.Amounts;

/** Market-channel messages other than {@code book}, in the current schema, as frame text. */
public final class MarketJson {
    private MarketJson() {}

    /**
     * {@code price_change} with one {@code price_changes[]} entry: the level's new size (0 removes
     * it) and the token's best bid and ask after the change ("0" and "1" when a side is empty, as
     * the venue writes an empty side). The entry's hash is the SHA-1 of the timestamp followed by
     * the entry written with hash "".
     */
    public static String priceChange(PriceLevelChange c) {
        JsonText out = JsonText.reused().beginObject()
                .field("market", c.conditionId())
                .key("price_changes").beginArray();
        int entry = out.length();
        out.beginObject()
                .field("asset_id", c.tokenId())
                .field("price", Amounts.format(c.priceMicros()))
                .field("size", Amounts.format(c.newSizeMicros()))
                .field("side", c.side().name())
                .key("hash");
        int hashAt = out.length() + 1;
        out.value("")
                .field("best_bid", bestBid(c.bestBidMicros()))
                .field("best_ask", bestAsk(c.bestAskMicros()))
                .endObject();
        String timestamp = Long.toString(c.timestampMillis());
        out.insert(hashAt, BookJson.sha1(timestamp + out.textFrom(entry)));
        return out.endArray()
                .field("timestamp", timestamp)
                .field("event_type", "price_change")
                .endObject().toString();
    }

    /** {@code best_bid_ask} (custom feature): the new top of one token's book. */
    public static String bestBidAsk(String conditionId, String tokenId, long bidMicros, long askMicros, long ts) {
        String bid = bestBid(bidMicros);
        String ask = bestAsk(askMicros);
        String spread = Amounts.format((askMicros == 0 ? Amounts.ONE : askMicros) - bidMicros);
        return JsonText.reused().beginObject()
                .field("event_type", "best_bid_ask")
                .field("market", conditionId)
                .field("asset_id", tokenId)
                .field("best_bid", bid)
                .field("best_ask", ask)
                .field("spread", spread)
                .field("timestamp", Long.toString(ts))
                .endObject().toString();
    }

    public static String lastTradePrice(LastTradePrice t) {
        return JsonText.reused().beginObject()
                .field("asset_id", t.tokenId())
                .field("event_type", "last_trade_price")
                .field("fee_rate_bps", "0")
                .field("market", t.conditionId())
                .field("price", Amounts.format(t.priceMicros()))
                .field("side", t.takerSide().name())
                .field("size", Amounts.format(t.sizeMicros()))
                .field("timestamp", Long.toString(t.timestampMillis()))
                .endObject().toString();
    }

    public static String tickSizeChange(TickSizeChange t) {
        return JsonText.reused().beginObject()
                .field("asset_id", t.tokenId())
                .field("event_type", "tick_size_change")
                .field("market", t.conditionId())
                .field("new_tick_size", Amounts.format(t.newTickMicros()))
                .field("old_tick_size", Amounts.format(t.oldTickMicros()))
                .field("timestamp", Long.toString(t.timestampMillis()))
                .endObject().toString();
    }

    /** {@code market_resolved} (custom feature); winning fields are "" while the outcome is undecided. */
    public static String marketResolved(MarketResolved r) {
        String outcome = r.winningToken().isEmpty() ? "" : r.winningToken().equals(r.yesToken()) ? "Yes" : "No";
        return JsonText.reused().beginObject()
                .field("event_type", "market_resolved")
                .field("id", r.conditionId())
                .field("market", r.conditionId())
                .key("assets_ids").beginArray().value(r.yesToken()).value(r.noToken()).endArray()
                .field("winning_asset_id", r.winningToken())
                .field("winning_outcome", outcome)
                .field("timestamp", Long.toString(r.timestampMillis()))
                .endObject().toString();
    }

    private static String bestBid(long micros) {
        return Amounts.format(micros);
    }

    private static String bestAsk(long micros) {
        return micros == 0 ? "1" : Amounts.format(micros);
    }
}
