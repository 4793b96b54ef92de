package astra.simulator.wire;

import astra.simulator.event.TradeStatus;
import astra.simulator.matching.Amounts;
import astra.simulator.matching.MakerLeg;
import astra.simulator.matching.Trade;
import astra.simulator.world.VenueIds;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * User-channel {@code trade} messages and REST trade rows. The top-level fields describe the
 * taker's side of the match (its token, side, size, last price, and {@code maker_address}: the
 * taker order's address, whoever receives the message); {@code owner} is the recipient's API key
 * and {@code trade_owner} the taker's. {@code maker_orders[]} lists the maker legs the recipient
 * may see, each with its own {@code owner} and {@code maker_address}: all of them for the taker,
 * its own for a maker. In a mint or merge a leg names the opposite outcome.
 *
 * <p>Why the top-level address is the taker's: in the captured TAKER messages
 * ({@code ws_user/nt_user_trade2.json}, {@code rest_clob/nt_clob_data_trade_confirmed_real.json})
 * it is the recipient's own address, which is also the taker's; in the captured MAKER message
 * ({@code ws_user/nt_user_trade3.json}) the recipient's address is on its maker leg, and the
 * top-level one is another account's: the taker's.
 */
public final class TradeJson {
    private TradeJson() {}

    /** The message one recipient (the taker, or a maker) gets for one status of a trade. */
    public static JsonObject message(Trade t, TradeStatus status, long nowMillis, String recipient,
                                     List<MakerLeg> makerLegs, Names names) {
        JsonObject o = row(t, status, nowMillis, recipient, makerLegs, names);
        return o.put("event_type", "trade").put("type", "TRADE").put("timestamp", Long.toString(nowMillis));
    }

    public static JsonObject row(Trade t, TradeStatus status, long nowMillis, String recipient,
                                 List<MakerLeg> makerLegs, Names names) {
        boolean taker = recipient.equals(t.takerOwner());
        JsonArray legs = new JsonArray();
        for (MakerLeg leg : makerLegs) {
            legs.add(new JsonObject()
                    .put("order_id", leg.makerOrderId())
                    .put("owner", leg.makerOwner())
                    .put("maker_address", names.addressOf(leg.makerOwner()))
                    .put("matched_amount", Amounts.format(leg.sizeMicros()))
                    .put("price", Amounts.format(leg.priceMicros()))
                    .put("fee_rate_bps", "0")
                    .put("asset_id", leg.tokenId())
                    .put("outcome", names.outcomeOf(leg.tokenId()))
                    .put("side", leg.side().name()));
        }
        return new JsonObject()
                .put("id", t.tradeId())
                .put("taker_order_id", t.takerOrderId())
                .put("market", t.conditionId())
                .put("asset_id", t.takerToken())
                .put("side", t.takerSide().name())
                .put("size", Amounts.format(t.sizeMicros()))
                .put("fee_rate_bps", "0")
                .put("price", Amounts.format(t.lastTakerPriceMicros()))
                .put("status", status.name())
                .put("match_time", Long.toString(t.matchTimeMillis() / 1000))
                .put("last_update", Long.toString(nowMillis / 1000))
                .put("outcome", names.outcomeOf(t.takerToken()))
                .put("bucket_index", 0)
                .put("owner", recipient)
                .put("trade_owner", t.takerOwner())
                .put("maker_address", names.addressOf(t.takerOwner()))
                .put("transaction_hash", status == TradeStatus.MATCHED ? "" : VenueIds.conditionId("tx/" + t.tradeId()))
                .put("maker_orders", legs)
                .put("trader_side", taker ? "TAKER" : "MAKER");
    }
}
